import { Slug } from '../records/ids';
import * as v from 'valibot';

/** The two kinds of database a device can see: its own site's, and the published content. */
export const CONTENT_DB = 'content';
export const siteDbName = (siteId: string) => `site-${siteId}`;

export type DbRef = { kind: 'site'; siteId: string } | { kind: 'content' };

/** Parses a database name from a URL; anything else is not a database of ours. */
export function parseDbName(name: string): DbRef | undefined {
  if (name === CONTENT_DB) return { kind: 'content' };
  const m = /^site-(.+)$/.exec(name);
  if (m && v.is(Slug, m[1])) return { kind: 'site', siteId: m[1]! };
  return undefined;
}
