/**
 * English messages of progress photos (issue 16) that the options page shows before the photos
 * code has loaded. Merged into `en`. The rest load with the photos code (en-photos-lazy.ts) or
 * with the privacy page (en-photos-privacy.ts).
 */
export const enPhotos = {
  'photos.title': 'Progress photos',
  'photos.error.storeOpen': 'The photo store could not be opened: {message}',
  'photos.deleteAllFailed':
    'Your other data was deleted, but the photos could not be deleted: {message}. Try again after reloading the page.',
} as const;
