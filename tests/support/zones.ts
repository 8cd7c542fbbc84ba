/** Time zones that break naive day arithmetic: DST at midnight, half-hour and 45-minute offsets, +14. */
export const TRICKY_ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'America/Havana',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'America/St_Johns',
];
