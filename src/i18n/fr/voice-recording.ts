/** Strings of voice recording: the microphone's problems, the « micro » drill, the learner's recordings and the staff panel. */
export const voiceRecording = {
  problem: {
    unsupported: 'Ce poste ne peut pas enregistrer la voix. Vous pouvez continuer sans le micro.',
    denied: 'Le micro est refusé. Pour vous enregistrer, autorisez le micro dans le navigateur, puis réessayez.',
    'no-device': 'Aucun micro n’est branché. Branchez un casque avec micro, puis réessayez.',
    unplugged: 'Le micro a été débranché pendant l’enregistrement. Rebranchez-le, puis réessayez.',
    failed: 'L’enregistrement n’a pas marché. Réessayez dans un moment.',
    silent: 'On n’entend rien dans l’enregistrement. Parlez plus près du micro, puis réessayez.',
    saturated: 'Le son est trop fort : il grésille. Éloignez un peu le micro de la bouche, puis réessayez.',
  },
  /** After a problem: the learner can go on without the microphone. */
  goOn: 'Vous pouvez réessayer, ou continuer sans vous enregistrer.',
  micro: {
    link: 'S’entraîner à parler (micro)',
    title: 'S’entraîner à parler',
    intro: 'Écoutez la phrase, puis dites-la à voix haute. Vous pourrez vous réécouter.',
    headset: 'Mettez votre casque avec micro.',
    sentenceOf: (n: number, total: number) => `Phrase ${n} sur ${total}`,
    listenModel: 'Écouter le modèle',
    record: 'Enregistrer',
    stop: 'Arrêter',
    opening: 'Ouverture du micro…',
    recording: (seconds: number) => `Enregistrement… ${Math.floor(seconds)} s`,
    measuring: 'Écoute de votre voix…',
    replay: 'Me réécouter',
    next: 'Phrase suivante',
    removedOldest: (n: number) =>
      n === 1
        ? 'Votre plus ancien enregistrement a été effacé pour faire de la place.'
        : `Vos ${n} plus anciens enregistrements ont été effacés pour faire de la place.`,
  },
  mine: {
    title: 'Mes enregistrements',
    count: (n: number) =>
      n === 0
        ? 'Vous n’avez aucun enregistrement sur ce poste.'
        : n === 1
          ? 'Vous avez 1 enregistrement sur ce poste.'
          : `Vous avez ${n} enregistrements sur ce poste.`,
    privacy:
      'Vos enregistrements restent sur ce poste. Ils ne sont jamais envoyés. Seules les mesures (des nombres) sont envoyées au formateur.',
    delete: 'Effacer mes enregistrements',
    confirm: (n: number) => `Effacer vos ${n} enregistrement${n > 1 ? 's' : ''} ? On ne peut pas revenir en arrière.`,
    confirmYes: 'Oui, tout effacer',
    confirmNo: 'Non, garder',
    deleted: (n: number) => (n === 1 ? '1 enregistrement effacé.' : `${n} enregistrements effacés.`),
  },
  staff: {
    title: 'Enregistrements de voix des stagiaires',
    usage: (count: number, size: string, learners: number) =>
      count === 0
        ? 'Aucun enregistrement sur ce poste.'
        : `${count} enregistrement${count > 1 ? 's' : ''}, ${size}, de ${learners} stagiaire${learners > 1 ? 's' : ''}.`,
    help: 'Les enregistrements restent sur ce poste : ils ne passent jamais par la synchronisation. Ils sont effacés après l’écoute du formateur, ou après la durée ci-dessous.',
    retention: 'Garder les enregistrements (jours)',
    save: 'Enregistrer la durée',
    invalid: 'Indiquez un nombre de jours entre 1 et 365.',
    saved: (days: number, purged: number) =>
      `Les enregistrements sont gardés ${days} jour${days > 1 ? 's' : ''}.` +
      (purged > 0
        ? ` ${purged} enregistrement${purged > 1 ? 's' : ''} trop ancien${purged > 1 ? 's' : ''} effacé${purged > 1 ? 's' : ''}.`
        : ''),
  },
};
