/// <reference lib="webworker" />
import nspell from 'nspell';
import affUrl from '#dictionary-fr/index.aff?url';
import dicUrl from '#dictionary-fr/index.dic?url';
import { unknownWords } from '../../domain/quiz/written-reply-spelling';

/**
 * Checks spelling off the main thread with the French hunspell dictionary (dictionary-fr, about
 * 1.4 MB, precached for offline use). It is fetched and parsed on the first request only, so it never
 * weighs on the first screen or on a learner who does not ask for hints.
 */
type Request = { id: number; text: string; ignore: string[] };

let speller: Promise<(word: string) => boolean> | undefined;

async function loadSpeller(): Promise<(word: string) => boolean> {
  const [aff, dic] = await Promise.all([affUrl, dicUrl].map(async (url) => (await fetch(url)).text()));
  const spell = nspell(aff as string, dic);
  return (word) => spell.correct(word);
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const { id, text, ignore } = e.data;
  try {
    speller ??= loadSpeller();
    const known = await speller;
    self.postMessage({ id, ok: true, words: unknownWords(text, known, ignore) });
  } catch (err) {
    speller = undefined;
    self.postMessage({ id, ok: false, reason: String(err) });
  }
};
