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
};
