/** A locked module's role-play, played for practice: said on screen while playing and on the debrief. */
export const roleplayPractice = {
  link: 'S’entraîner à l’appel (ne compte pas encore)',
  notice: (titles: string) =>
    `Entraînement : ce module n’est pas encore ouvert. Vous pouvez jouer cet appel pour vous entraîner, mais il ne compte pas encore. Terminez d’abord : ${titles}.`,
};
