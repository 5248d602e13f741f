import * as v from 'valibot';
import { Slug } from '../records/ids';

export const DEVICE_ROLES = ['terminal', 'trainer'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

/** Enrolment codes as printed by the CLI: 12 letters and digits, grouped by 4 for reading aloud. */
const ENROL_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/;
export const normaliseEnrolCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const EnrolRequest = v.strictObject({
  code: v.pipe(v.string(), v.maxLength(20), v.regex(ENROL_CODE_PATTERN, 'code invalide')),
  deviceId: Slug,
});
export type EnrolRequest = v.InferOutput<typeof EnrolRequest>;

/** What a device receives once, and stores: the credential is never shown again. */
export const EnrolResponse = v.strictObject({
  deviceId: Slug,
  siteId: Slug,
  role: v.picklist(DEVICE_ROLES),
  credential: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
});
export type EnrolResponse = v.InferOutput<typeof EnrolResponse>;
