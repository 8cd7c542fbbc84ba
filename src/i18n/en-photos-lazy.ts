/**
 * English messages of the photos section, compare view, report appendix and photo backup
 * (issue 16). Not part of `en`: they load with the photos code, which registers them with
 * `addEnglish`, so the popup and the options page's first paint do not carry them. Their keys
 * are message keys like any other, and es/de/fr carry them in their own catalogues.
 */
export const enPhotosLazy = {
  'count.photos.one': '{count} photo',
  'count.photos.other': '{count} photos',
  'photos.backup.tick': 'Also save my photos (a separate file next to the backup)',
  'photos.backup.size': 'The photo file will hold {photos} and be about {size} MB.',
  'photos.backup.sizeError': 'The size of the photo file is not known: {message}',
  'photos.backup.failed': 'The photo file could not be written: {message}',
  'photos.intro':
    'Photos stay on this computer, in this browser’s own database (IndexedDB); they are never uploaded or sent anywhere. Each one is made smaller (at most 1600 px) and saved again here, which leaves out its location (GPS), camera and other hidden data. Photos show change; they do not judge it. Not medical advice.',
  'photos.add': 'Add a photo',
  'photos.area': 'Area',
  'photos.date': 'Date of the photo',
  'photos.session': 'Session it belongs to (optional)',
  'photos.session.none': 'None',
  'photos.note': 'Note (optional)',
  'photos.keepOriginal':
    'Also keep the original file, unchanged (larger, and with any location data the camera wrote into it)',
  'photos.limits':
    'JPEG, PNG, WebP, GIF or AVIF files up to {max} MB. The stored copy is at most {side} px on its longest side.',
  'photos.file': 'Choose a photo file',
  'photos.adding': 'Adding the photo…',
  'photos.added': 'Photo added: {area}, {date}.',
  'photos.deleted': 'The photo was deleted.',
  'photos.none': 'No photos yet.',
  'photos.timeline': 'Timeline per area',
  'photos.sessionsBetween.one': '{count} session between these photos',
  'photos.sessionsBetween.other': '{count} sessions between these photos',
  'photos.linkedSession': 'Session of {date}',
  'photos.linkedSessionGone': 'Its session was deleted.',
  'photos.originalKept': 'The original file is kept too.',
  'photos.delete': 'Delete',
  'photos.delete.label': 'Delete the photo of {area}, {date}',
  'photos.delete.confirm': 'Delete this photo',
  'photos.alt': '{area}, {date}',
  'photos.missing': 'The image of this photo is missing.',
  'photos.damaged.one': '{count} stored photo could not be read. It is kept, not deleted.',
  'photos.damaged.other': '{count} stored photos could not be read. They are kept, not deleted.',
  'photos.camera.start': 'Use the camera',
  'photos.camera.take': 'Take the photo',
  'photos.camera.stop': 'Stop the camera',
  'photos.camera.preview': 'Camera preview',
  'photos.camera.unsupported':
    'The camera cannot be used on this page in this browser. Take the photo with your camera app and add the file.',
  'photos.camera.denied':
    'The browser did not allow the camera on this page. Add a photo from a file instead.',
  'photos.camera.none': 'No camera was found. Add a photo from a file instead.',
  'photos.camera.failed': 'The camera could not be started. Add a photo from a file instead.',
  'photos.compare.open': 'Compare two photos',
  'photos.compare.close': 'Close the comparison',
  'photos.compare.title': 'Compare',
  'photos.compare.needTwo': 'An area needs at least two photos to compare.',
  'photos.compare.earlier': 'Earlier photo',
  'photos.compare.later': 'Later photo',
  'photos.compare.mode': 'Show',
  'photos.compare.side': 'Side by side',
  'photos.compare.slider': 'One over the other, with a slider',
  'photos.compare.summary': '{area}: {earlier} and {later}, {days} days apart, {sessions} in between.',
  'photos.compare.earlierCaption': 'Earlier: {photo}',
  'photos.compare.laterCaption': 'Later: {photo}',
  'photos.compare.sliderLabel': 'Share of the later photo shown',
  'photos.compare.sliderValue': '{percent}% later photo ({later}), the rest earlier photo ({earlier})',
  'photos.compare.sliderCaption': 'Left: earlier, {earlier}. Right: later, {later}.',
  'photos.compare.sessions': 'The sessions in between',
  'photos.error.notImage':
    'This file is not an image. Choose a photo (JPEG, PNG, WebP, GIF or AVIF). Nothing was saved.',
  'photos.error.heic':
    'This is a HEIC photo, which this browser cannot read. Export it as JPEG (most phones can) and add that. Nothing was saved.',
  'photos.error.empty': 'The file is empty. Nothing was saved.',
  'photos.error.tooLarge': 'The file is {size} MB; photos of up to {max} MB can be added. Nothing was saved.',
  'photos.error.tooManyPixels':
    'The image has about {megapixels} megapixels; up to {max} can be added. Nothing was saved.',
  'photos.error.undecodable': 'This image could not be read (it may be damaged). Nothing was saved.',
  'photos.error.date': 'Enter the date of the photo (today or earlier).',
  'photos.error.quota':
    'There is not enough room on this computer for the photo (the browser’s storage is full). Nothing was saved. Delete some photos or free disk space, then try again.',
  'photos.error.write': 'The photo could not be saved ({message}). Nothing was saved.',
  'photos.error.storeOpenKept':
    'Your photos were not deleted: Roller Coach did not replace the store with an empty one. Reload the page or restart the browser; if this stays, free disk space.',
  'photos.import.done': 'Photos restored: {count}.',
  'photos.import.notPhotos': 'This is not a Roller Coach photo file.',
  'photos.import.version':
    'This photo file has the version “{version}”, which this Roller Coach cannot read.',
  'photos.import.line': 'The photo file is damaged at line {line}. No photo was restored.',
  'photos.import.count':
    'The photo file should hold {expected} photos but holds {found}: it was probably cut off. No photo was restored.',
  'photos.import.write': 'The photos could not be saved ({message}). No photo was restored.',
  'report.photos.tick': 'Add progress photos to the report (an appendix page)',
  'report.photos.none': 'No area has two photos yet.',
  'report.photos.before': 'Before',
  'report.photos.latest': 'Latest',
  'report.photos.title': 'Appendix: progress photos',
  'report.photos.intro':
    'Taken by the patient at home; reduced in size. Patient self-reported, not medical advice.',
  'report.photos.beforeCaption': 'Before: {photo}',
  'report.photos.latestCaption': 'Latest: {photo}',
} as const;
