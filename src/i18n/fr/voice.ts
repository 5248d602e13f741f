import type { VoiceMeasures, VoiceRemark } from '../../domain/voice/types';

const num = (x: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(x);
const seconds = (x: number) => `${num(x)} seconde${x >= 2 ? 's' : ''}`;

const REMARKS: Record<VoiceRemark['key'], (v: Record<string, number>) => string> = {
  silent: () => 'Nous n’avons pas entendu votre voix. Vérifiez que le micro du casque est branché, puis parlez un peu plus fort.',
  tooQuiet: () => 'Votre voix est faible. Parlez un peu plus fort, ou approchez le micro de votre bouche.',
  saturated: () => 'Le son est trop fort, il grésille. Éloignez un peu le micro de votre bouche.',
  tooShort: (v) => `Réponse très courte (${seconds(v.seconds ?? 0)}). Prenez le temps de faire une phrase complète.`,
  tooFast: (v) => `Vous avez parlé vite : ${num(v.rate ?? 0)} syllabes par seconde. Visez ${v.low} à ${v.high}.`,
  tooSlow: (v) => `Vous avez parlé lentement : ${num(v.rate ?? 0)} syllabes par seconde. Visez ${v.low} à ${v.high}.`,
  rateGood: (v) => `Bon rythme : ${num(v.rate ?? 0)} syllabes par seconde.`,
  longSilence: (v) =>
    `Un silence de ${seconds(v.seconds ?? 0)}. Au téléphone, le client croit que la ligne est coupée : dites ce que vous faites (« Je regarde votre dossier… »).`,
  overlap: (v) => `Vous avez parlé pendant que le client parlait (${seconds(v.seconds ?? 0)}). Laissez-le finir avant de répondre.`,
  monotone: () => 'Votre voix reste sur la même note. Variez le ton : le client entend si vous êtes attentif.',
  lively: () => 'Votre voix monte et descend : elle paraît vivante et attentive.',
};

/** The voice measures in plain words, for the learner (micro drill, oral debrief) and the trainer. */
export const voice = {
  remark: (r: VoiceRemark): string => REMARKS[r.key](r.values),
  measuresTitle: 'Votre voix',
  speaking: (m: VoiceMeasures) => `Temps de parole : ${seconds(m.speakingSeconds)}`,
  rate: (m: VoiceMeasures) =>
    m.syllablesPerSecond === null ? 'Rythme : trop court pour le mesurer' : `Rythme : ${num(m.syllablesPerSecond)} syllabes par seconde`,
  silence: (m: VoiceMeasures) => `Plus long silence : ${seconds(m.longestSilenceSeconds)}`,
};
