import { ageCheck } from './age';
import type { Check } from './check';
import { conditionsCheck } from './conditions';
import { loosenedRulesCheck } from './loosened';
import { needleCheck } from './needle';
import { precheckCheck } from './precheck';
import { productsCheck } from './products';
import { penCartridgeCheck, rollerRetiredCheck, rollerWearCheck } from './roller';
import { safetyAnswersCheck } from './safety-answers';
import { cosmeticBleedingCheck, previousEffectsCheck, sessionEffectsCheck } from './side-effects';
import { spacingCheck } from './spacing';

export type { Check, CheckInput } from './check';

/**
 * Every check assess() runs, in the order their findings are listed within one severity (the
 * sort by severity is stable). A new rule is one file here and one line in this list.
 */
export const CHECKS: readonly Check[] = [
  conditionsCheck,
  safetyAnswersCheck,
  sessionEffectsCheck,
  cosmeticBleedingCheck,
  productsCheck,
  precheckCheck,
  spacingCheck,
  previousEffectsCheck,
  needleCheck,
  ageCheck,
  rollerRetiredCheck,
  rollerWearCheck,
  penCartridgeCheck,
  loosenedRulesCheck,
];
