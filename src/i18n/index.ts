import { firstScreen } from './fr/first-screen';
import { learner } from './fr/learner';
import { roleplayLookup } from './fr/roleplay';
import { shell } from './fr/shell';
import { sync } from './fr/sync';

/**
 * Every interface string, by area. French is the only language today; another one is a folder
 * next to `fr/` with the same shape, chosen here.
 */
export const t = {
  ...shell,
  firstScreen,
  learner,
  roleplayLookup,
  sync,
};

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
