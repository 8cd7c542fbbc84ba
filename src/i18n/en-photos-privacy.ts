/** English messages of the privacy page about photos (issue 16), registered by that page. */
export const enPhotosPrivacy = {
  'privacy.what.photos':
    'Progress photos, only if you add them: kept in this browser’s IndexedDB database on this computer, reduced to at most 1600 px and saved again without location or camera data. Delete one from its timeline, or all with “Delete all data”.',
  'privacy.photos': 'Photos',
  'privacy.photosText':
    'Photos never leave this computer: nothing is uploaded, and the report prints them only when you tick it. They go into a backup only when you tick “Also save my photos”, as a separate file you keep. Uninstalling the extension or “Delete all data” deletes them.',
} as const;
