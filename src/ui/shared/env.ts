/** The user's time zone, in which every "day" of the rules is counted. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
