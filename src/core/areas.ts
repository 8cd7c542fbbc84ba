/** Treated areas a session can be logged for. Intervals apply per area. */
export const AREAS = [
  'forehead',
  'cheeks',
  'nose',
  'chin',
  'upper-lip',
  'jawline',
  'neck',
  'decollete',
  'scalp',
  'beard',
  'hands',
  'arms',
  'abdomen',
  'thighs',
  'buttocks',
  'back',
  'other',
] as const;
export type Area = (typeof AREAS)[number];

/**
 * Places the reference says never to roll: they can be picked in a form only to learn why.
 * `upper-lip` above means the skin above the lip; the lips themselves are here.
 */
export const FORBIDDEN_AREAS = ['eyelids', 'eye-area', 'lips'] as const;
export type ForbiddenArea = (typeof FORBIDDEN_AREAS)[number];
