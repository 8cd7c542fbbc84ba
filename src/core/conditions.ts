import type { SourceId } from './sources';

/**
 * The contraindications of the safety reference, section 2. `do-not-roll` conditions block a
 * session (stop and see a dermatologist); `ask-doctor` ones warn. `dated` conditions carry a date
 * whose meaning is given by `dateMeaning`.
 */
export const CONDITION_IDS = [
  // do not roll; see a dermatologist
  'skin-cancer',
  'wound-or-sunburn',
  'infection',
  'active-acne',
  'bleeding-disorder',
  'pregnancy-nursing',
  'isotretinoin',
  'metal-allergy',
  // caution: ask a doctor first
  'chronic-skin-condition',
  'cold-sores-history',
  'keloid-tendency',
  'recent-scars',
  'healing-impaired',
  'heart-problems',
  'actinic-keratosis',
  'recent-procedure',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export type ConditionGroup = 'do-not-roll' | 'ask-doctor';

export interface ConditionDef {
  id: ConditionId;
  group: ConditionGroup;
  /** Whether the condition can be limited to some areas (a mole on the cheek). */
  perArea: boolean;
  /** What the optional date means, if the condition has one. */
  dateMeaning?: 'last-dose' | 'procedure-date' | 'since';
  sources: readonly SourceId[];
}

export const CONDITIONS: readonly ConditionDef[] = [
  { id: 'skin-cancer', group: 'do-not-roll', perArea: true, sources: ['skinpen-den160029'] },
  { id: 'wound-or-sunburn', group: 'do-not-roll', perArea: true, sources: ['skinpen-den160029'] },
  { id: 'infection', group: 'do-not-roll', perArea: true, sources: ['skinpen-den160029'] },
  { id: 'active-acne', group: 'do-not-roll', perArea: true, sources: ['skinpen-den160029'] },
  { id: 'bleeding-disorder', group: 'do-not-roll', perArea: false, sources: ['skinpen-den160029'] },
  { id: 'pregnancy-nursing', group: 'do-not-roll', perArea: false, sources: ['skinpen-den160029'] },
  {
    id: 'isotretinoin',
    group: 'do-not-roll',
    perArea: false,
    dateMeaning: 'last-dose',
    sources: ['isotretinoin-pi', 'spring-2017'],
  },
  { id: 'metal-allergy', group: 'do-not-roll', perArea: false, sources: ['skinpen-den160029'] },
  {
    id: 'chronic-skin-condition',
    group: 'ask-doctor',
    perArea: true,
    sources: ['skinpen-den160029'],
  },
  { id: 'cold-sores-history', group: 'ask-doctor', perArea: false, sources: ['skinpen-den160029'] },
  { id: 'keloid-tendency', group: 'ask-doctor', perArea: false, sources: ['skinpen-den160029'] },
  { id: 'recent-scars', group: 'ask-doctor', perArea: true, sources: ['skinpen-den160029'] },
  { id: 'healing-impaired', group: 'ask-doctor', perArea: false, sources: ['skinpen-den160029'] },
  { id: 'heart-problems', group: 'ask-doctor', perArea: false, sources: ['seed-documents'] },
  { id: 'actinic-keratosis', group: 'ask-doctor', perArea: true, sources: ['seed-documents'] },
  {
    id: 'recent-procedure',
    group: 'ask-doctor',
    perArea: true,
    dateMeaning: 'procedure-date',
    sources: ['roller-coach-proposal'],
  },
];

export function conditionDef(id: ConditionId): ConditionDef {
  const def = CONDITIONS.find((c) => c.id === id);
  if (!def) throw new Error(`unknown condition ${id}`);
  return def;
}

/**
 * The quick check before a session ("can I roll now?"), each answered for the area about to be
 * rolled. Reference, section 2.
 */
export const PRECHECK_IDS = [
  'breakout-or-infection',
  'wound-or-sunburn',
  'actives-48h',
  'redness-from-last-time',
] as const;
export type PrecheckId = (typeof PRECHECK_IDS)[number];

export function isPrecheck(value: string): value is PrecheckId {
  return (PRECHECK_IDS as readonly string[]).includes(value);
}
