import type { Bleeding } from './schemas';
import type { SourceId } from './sources';

/**
 * After-effects of a session, safety reference section 3: what is expected and settles within
 * days, and what means "stop and see a doctor". Stored in a session's `sideEffects` by id; any
 * other entry there is the user's own words.
 */
export const EXPECTED_EFFECT_IDS = [
  'redness',
  'tightness',
  'tenderness',
  'tingling-itching',
  'dryness-flaking',
  'slight-swelling',
] as const;
export type ExpectedEffectId = (typeof EXPECTED_EFFECT_IDS)[number];

export const SEE_DOCTOR_EFFECT_IDS = [
  'infection-signs',
  'pain-not-eased',
  'nodules',
  'dark-patches',
  'track-marks',
  'new-acne-milia',
  'cold-sore',
  'numbness',
  'heavy-bleeding-bruising',
] as const;
export type SeeDoctorEffectId = (typeof SEE_DOCTOR_EFFECT_IDS)[number];
export type SideEffectId = ExpectedEffectId | SeeDoctorEffectId;

/** Where each "see a doctor" effect comes from. */
export const SEE_DOCTOR_SOURCES: Readonly<Record<SeeDoctorEffectId, readonly SourceId[]>> = {
  'infection-signs': ['skinpen-den160029', 'clinic-aftercare'],
  'pain-not-eased': ['skinpen-den160029', 'clinic-aftercare'],
  nodules: ['soltani-2014', 'friedmann-2024'],
  'dark-patches': ['skinpen-den160029', 'clinic-aftercare'],
  'track-marks': ['skinpen-den160029', 'clinic-aftercare'],
  'new-acne-milia': ['skinpen-den160029', 'clinic-aftercare'],
  'cold-sore': ['skinpen-den160029'],
  numbness: ['skinpen-den160029', 'clinic-aftercare'],
  'heavy-bleeding-bruising': ['skinpen-den160029', 'clinic-aftercare'],
};
export const EXPECTED_SOURCES: readonly SourceId[] = ['skinpen-den160029'];

/** Redness lasting longer than this (3 days) means "see a doctor" (reference section 3, a proposal). */
export const SEE_DOCTOR_REDNESS_HOURS = 72;

export function isSeeDoctorEffect(value: string): value is SeeDoctorEffectId {
  return (SEE_DOCTOR_EFFECT_IDS as readonly string[]).includes(value);
}

export function isExpectedEffect(value: string): value is ExpectedEffectId {
  return (EXPECTED_EFFECT_IDS as readonly string[]).includes(value);
}

/** Whether a session recorded bleeding: "none" and not recorded are not bleeding. */
export function bled<T extends { bleeding?: Bleeding | undefined }>(
  s: T,
): s is T & { bleeding: Exclude<Bleeding, 'none'> } {
  return s.bleeding !== undefined && s.bleeding !== 'none';
}

/** The "see a doctor" effects a session recorded, redness over 3 days included. */
export function seeDoctorEffectsOf(s: {
  sideEffects?: readonly string[] | undefined;
  rednessHours?: number | undefined;
}): (SeeDoctorEffectId | 'long-redness')[] {
  const out: (SeeDoctorEffectId | 'long-redness')[] = (s.sideEffects ?? []).filter(isSeeDoctorEffect);
  if ((s.rednessHours ?? 0) > SEE_DOCTOR_REDNESS_HOURS) out.push('long-redness');
  return out;
}

/** Sources for one "see a doctor" effect. */
export function seeDoctorSources(id: SeeDoctorEffectId | 'long-redness'): readonly SourceId[] {
  return id === 'long-redness' ? ['roller-coach-proposal'] : SEE_DOCTOR_SOURCES[id];
}
