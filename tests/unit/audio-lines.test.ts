import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedRoleplayLines } from '../../src/content-build/audio/roleplay-lines-cache';
import { roleplayLines, speechLines } from '../../src/content-build/audio/speech-lines';
import { speechKey } from '../../src/domain/audio/audio-key';
import { lessonParagraphs, normalizeSpeech } from '../../src/domain/audio/speech-text';
import { RoleplayRun } from '../../src/domain/roleplay/roleplay-run';
import { compiledInk, SPEAKING_INK, speakingPack } from '../factories/audio.factory';

describe('speech keys', () => {
  it('depend on the role and the text, not on spacing', () => {
    const key = speechKey('customer', 'Bonjour, c’est pour ma facture.');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(speechKey('customer', '  Bonjour,  c’est pour\nma facture. ')).toBe(key);
    expect(speechKey('narrator', 'Bonjour, c’est pour ma facture.')).not.toBe(key);
    expect(speechKey('customer', 'Bonjour, c’est pour ma facture !')).not.toBe(key);
  });

  it('are distinct over a few thousand texts', () => {
    const keys = new Set(Array.from({ length: 5000 }, (_, i) => speechKey('narrator', `Ligne ${i} du cours.`)));
    expect(keys.size).toBe(5000);
  });
});

describe('lesson paragraphs', () => {
  it('cut rendered lesson HTML into paragraphs, list items and dialogue lines, with entities decoded', async () => {
    const pack = await speakingPack();
    const html = pack.modules[0]?.lessons[0]?.html ?? '';
    expect(lessonParagraphs(html)).toEqual([
      'Le client se fait une idée en quelques secondes.',
      'Saluer : « Bonjour ».',
      'Se présenter.',
      'Dialogue',
      '— Bonjour, Madinina Télécom.',
      '— Bonjour, j’appelle pour ma facture.',
    ]);
    expect(lessonParagraphs('<p>A &amp; B &lt;C&gt; &#233;t&#xE9;</p><table><tr><td>Un</td><td>Deux</td></tr></table>')).toEqual([
      'A & B <C> été',
      'Un, Deux',
    ]);
  });
});

describe('speech lines of a pack', () => {
  it('give every line a role-play can say, with the speaker the runtime gives it', () => {
    const lines = roleplayLines(compiledInk());
    const said = (role: string) => lines.filter((l) => l.role === role).map((l) => l.text);
    // Lines repeat across branches (speechLines keeps one of each).
    expect(new Set(said('narrator'))).toEqual(new Set(['La ligne sonne.']));
    expect(new Set(said('customer'))).toEqual(
      new Set([
        "Bonjour, c'est Madame Alexis.",
        "C'est pour ma facture.",
        "Euh… c'est bien le téléphone ?",
        'Je suis un peu perdue.',
        'Vous avez ma fiche sous les yeux ?',
        'Merci.',
      ]),
    );
    // The model advisor: the best option of each choice point.
    expect(new Set(said('advisor'))).toEqual(new Set(['Madinina Télécom, bonjour. Kevin à votre écoute.', 'Je regarde votre facture.']));
  });

  it('match what a real run says, line for line (same keys on the terminal)', () => {
    const json = compiledInk();
    const keys = new Set(roleplayLines(json).map((l) => speechKey(l.role, l.text)));
    const run = new RoleplayRun(json);
    run.choose(1);
    run.consult('fiche');
    for (const line of run.transcript) {
      if (line.speaker === 'advisor') continue;
      expect(keys.has(speechKey(line.speaker, line.text)), line.text).toBe(true);
    }
  });

  it('list lessons, quiz prompts and role-plays once each, normalised', async () => {
    const pack = await speakingPack();
    const lines = speechLines(pack);
    const ids = lines.map((l) => `${l.role}\n${l.text}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of pack.modules[0]?.items ?? [])
      expect(lines).toContainEqual({ role: 'narrator', text: normalizeSpeech(item.prompt), source: item.id });
    expect(lines.filter((l) => l.source === 'rp-parle').length).toBe(9);
  });
});

describe('role-play lines cache', () => {
  it('gives the same lines as the walk, read back from disk by the story hash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relais-lines-'));
    try {
      const json = compiledInk();
      const walked = roleplayLines(json);
      expect(cachedRoleplayLines(dir)(json)).toEqual(walked);
      expect(await readdir(join(dir, 'roleplay-lines'))).toHaveLength(1);
      expect(cachedRoleplayLines(dir)(json)).toEqual(walked);
      cachedRoleplayLines(dir)(compiledInk(SPEAKING_INK.replace('Merci.', 'Merci beaucoup.')));
      expect(await readdir(join(dir, 'roleplay-lines'))).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
