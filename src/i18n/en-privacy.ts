/**
 * English messages of the privacy page. Not part of `en`: registered
 * with `addEnglish` by the code that shows them (./packs.ts), so the popup does not carry them.
 */
export const enPrivacy = {
  'privacy.perm.required': 'Asked for when you install',
  'privacy.perm.optional': 'Asked for only when you turn a feature on',
  'privacy.perm.scripting': 'Scripting',
  'privacy.perm.scripting.why':
    'To put the safety card on a supported shop page, and only after the small detector found a microneedling product there; and to check a page when you click “Check this shop page”.',
  'privacy.perm.optionalHosts': 'Any other shop (only the one you allow)',
  'privacy.perm.optionalHosts.why':
    'When you choose “Always check this shop”, Roller Coach asks the browser for that one site, and the browser asks you first.',
  'privacy.hosts.count.one': '{count} address of supported shops:',
  'privacy.hosts.count.other': '{count} addresses of supported shops:',
  'privacy.storageLimit': 'Storage limit',
  'privacy.storageLimitText':
    'Roller Coach does not ask for unlimited storage. The browser gives it about 10 MB, which holds tens of thousands of sessions. Should it ever fill up, Roller Coach says so, saves nothing halfway, and you can download a backup and delete old sessions.',
  'privacy.title': 'Roller Coach: privacy',
  'privacy.where': 'What is stored, and where',
  'privacy.whereText':
    'Everything you enter stays in this browser’s extension storage on this computer. Nothing is sent anywhere.',
  'privacy.what.rollers': 'Your rollers: name, kind, needle length, first use.',
  'privacy.what.sessions':
    'Your sessions: when, area, needle length, bleeding, pain, products, notes, and the warnings shown.',
  'privacy.what.profile':
    'Your safety profile: the answers to the contraindication questions, with dates where you gave them.',
  'privacy.what.settings':
    'Your settings: rule changes, notifications, language, theme, where the shop card is turned off.',
  'privacy.what.derived':
    'Copies made from the above so the popup opens at once: a summary of your recent sessions and the status the popup last showed. They are made again from your data when needed and deleted with it.',
  'privacy.howLong': 'For how long',
  'privacy.howLongText':
    'Until you delete it (Settings, Your data, Delete all data) or uninstall the extension, which deletes it all. Exports are files you save yourself.',
  'privacy.network': 'Network',
  'privacy.networkText':
    'Roller Coach makes no network requests: no accounts, no analytics, no advertising, no remote code. On shop pages it only reads the page to find needle lengths; it never changes links.',
  'privacy.permissions': 'Permissions and why',
  'privacy.perm.storage': 'Storage',
  'privacy.perm.storage.why': 'To keep your history and settings on this computer.',
  'privacy.perm.alarms': 'Alarms',
  'privacy.perm.alarms.why':
    'To update the toolbar badge when a session becomes possible again in an area, even after the browser restarts.',
  'privacy.perm.notifications': 'Notifications (only if you turn them on)',
  'privacy.perm.notifications.why':
    'To tell you when a session is possible again in an area (no rule stops it, no warning applies) or an aftercare step is over. Off by default.',
  'privacy.perm.activeTab': 'Active tab (only when you click)',
  'privacy.perm.activeTab.why':
    'To check the shop page you are looking at when you ask, on sites without a standing permission.',
  'privacy.perm.hosts': 'Supported shops',
  'privacy.perm.hosts.why':
    'To show the safety card on product pages of the supported retailers. It reads the page and hands the listing’s text to Roller Coach’s own background, on this computer; nothing goes to the network.',
  'privacy.webAccessible':
    'In Chrome, one file is open to the supported shops’ pages: the safety card’s own script, which the small detector loads from the extension (Chrome keeps it ready between pages, so the card costs the page less). It holds no data, and its address changes with each browser session, so a page cannot use it to tell that Roller Coach is installed.',
} as const;
