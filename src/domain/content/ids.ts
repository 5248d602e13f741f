import * as v from 'valibot';

/** A stable content id: lowercase letters, digits, dots and dashes, starting with a letter. */
export const ContentId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9.-]{1,79}$/, 'doit être en minuscules (a-z, 0-9, « . » ou « - »), 2 à 80 caractères'),
);

export const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'ne doit pas être vide'));

/** Fraction between 0 and 1, used for pass marks and thresholds. */
export const Ratio = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const SCHEMA_VERSION = 1 as const;
export const SchemaVersion = v.literal(SCHEMA_VERSION, 'schema doit valoir 1');
