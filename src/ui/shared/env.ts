import { systemTimeZone } from '../../core/time';

/** The user's time zone, in which every "day" of the rules is counted. */
export function userTimeZone(): string {
  return systemTimeZone();
}
