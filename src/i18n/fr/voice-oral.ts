/** Strings of the oral role-play: answering aloud, its debrief, and the trainer listening to the call. */
export const voiceOral = {
  toggle: 'Répondre à voix haute (casque)',
  toggleHelp: 'Mettez un casque. Le client parle, puis vous répondez à voix haute. Votre voix reste sur ce poste.',
  opening: 'Le micro s’ouvre…',
  customerTalking: 'Le client parle. Écoutez-le, puis répondez à voix haute.',
  speakNow: 'À vous : répondez à voix haute. Vous êtes enregistré.',
  elapsed: (seconds: number) => `${seconds} s`,
  done: 'J’ai fini de parler',
  measuring: 'Un instant…',
  pickClosest: 'Choisissez la réponse la plus proche de ce que vous avez dit.',
  textModeAfter: 'L’appel continue à l’écrit : choisissez votre réponse.',
  removedOldest: (n: number) =>
    n === 1
      ? 'Pour faire de la place, votre enregistrement le plus ancien a été effacé.'
      : `Pour faire de la place, vos ${n} enregistrements les plus anciens ont été effacés.`,
  debrief: {
    title: 'Votre voix',
    intro: 'Écoutez votre réponse, puis celle d’un bon conseiller.',
    step: (n: number) => `Réponse ${n}`,
    picked: 'Vous avez choisi :',
    yours: 'Votre réponse',
    model: 'Ce qu’aurait dit un bon conseiller',
    stop: 'Arrêter',
    noRemark: 'Rien à signaler sur votre voix pour cette réponse.',
  },
  trainer: {
    title: 'Écouter l’appel',
    help: 'Le client, puis la réponse du stagiaire, dans l’ordre de l’appel.',
    all: 'Tout écouter',
    stop: 'Arrêter',
    step: (n: number) => `Écouter la réponse ${n}`,
    end: 'Fin de l’appel',
    customer: 'Client :',
    learner: 'Stagiaire :',
    noTake: 'Pas d’enregistrement pour cette réponse : elle a été donnée à l’écrit.',
    erasedAfter: 'Les enregistrements seront effacés de ce poste après votre note.',
    erased: 'Les enregistrements de cet appel sont effacés de ce poste.',
    elsewhere: 'La voix de cet appel n’est pas sur ce poste. Elle reste sur le poste où elle a été enregistrée.',
  },
};
