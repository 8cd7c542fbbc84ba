/** English messages of export and import. Not part of `en`: registered by the code that shows them (./packs.ts). */
export const enData = {
  // Where a problem is: the prefix `describeIssue` puts before a message.
  'import.at.lineColumn': 'Line {line}, column {column}',
  'import.at.lineField': 'Line {line}, {field}',
  'import.at.line': 'Line {line}',
  'import.at.field': '{field}',

  // What is wrong. Nothing was changed when any of these is shown.
  'import.error.unreadable': 'The file could not be read.',
  'import.error.empty': 'The file is empty.',
  'import.error.tooLarge':
    'The file is about {size} MB. Files of {max} MB or more cannot be imported; a Roller Coach backup is far smaller.',
  'import.error.binary':
    'This is not a text file (it looks like an image, a PDF or an archive). Choose a Roller Coach backup (.json) or session export (.csv).',
  'import.error.notJson':
    'This is not a Roller Coach backup: the file is not JSON. Choose a file named roller-coach-backup-….json.',
  'import.error.notCsv':
    'This is not a Roller Coach session export: the file is not comma-separated. Choose a file named roller-coach-sessions-….csv.',
  'import.error.isCsv': 'This is a session export (CSV), not a backup. Import it as a CSV file.',
  'import.error.isJson': 'This is a JSON file, not a session export (CSV). Import it as a backup.',
  'import.error.truncated':
    'The file ends too early: it was probably cut off while downloading or copying. Export the backup again.',
  'import.error.json': 'The file is damaged here: this is not valid JSON.',
  'import.error.notBackup': 'This JSON file is not a Roller Coach backup.',
  'import.error.version': 'The backup version “{version}” is not a whole number.',
  'import.error.newerVersion':
    'This backup was made by a newer Roller Coach (backup version {version}; this one reads versions up to {supported}). Update the extension, then import again.',
  'import.error.oldVersion':
    'This backup is in version {version}, which this Roller Coach can no longer read.',
  'import.error.migration': 'This backup could not be converted from version {from} to version {to}.',
  'import.error.field': '{problem}',
  'import.error.duplicateId': 'The id “{id}” is used more than once in the file; each record needs its own.',
  'import.error.future':
    'The date {value} is in the future. Check the file, and the clock of the computer it came from.',
  'import.error.forbiddenKey':
    'This name is not allowed in an import file (it could be used to tamper with the extension).',
  'import.error.tooManySessions': 'The file holds {count} sessions; at most {max} can be imported.',
  'import.error.tooManyAfterImport':
    'After this import there would be {sessions} sessions and {rollers} rollers; the most Roller Coach keeps is {maxSessions} sessions and {maxRollers} rollers.',
  'import.error.more': 'Problems not listed: {count}.',
  'import.error.csv.unterminated': 'A quoted field starts here and is never closed.',
  'import.error.csv.afterQuote':
    'There is text after a closing quote (a quote inside a field must be doubled: "").',
  'import.error.csv.strayQuote': 'A field contains a quote but is not in quotes.',
  'import.error.csv.duplicateColumn': 'The column “{field}” appears twice in the header.',
  'import.error.csv.missingColumns': 'The header lacks the column(s): {columns}.',
  'import.error.csv.fieldCount': 'This row has {found} fields; the header has {expected}.',
  'import.error.csv.findings': 'The findings detail is damaged (it is not valid JSON).',
  'import.error.mode': 'Choose merge or replace.',
  'import.error.read': 'Your current data could not be read, so nothing was imported.',
  'import.error.write': 'The data could not be saved ({message}). Nothing was changed.',
  'import.error.unexpected': 'The file could not be read. Nothing was changed.',

  // Imported, with something to know.
  'import.warning.migrated':
    'This backup was made by an older version (format {from}) and was converted to format {to}.',
  'import.warning.csv.unknownColumns':
    'These columns are not Roller Coach columns and were ignored: {columns}.',
  'import.warning.csv.findingsDropped':
    'Sessions listing warnings without a findings_detail column: {count}. Those warnings were not imported.',
  'import.warning.csv.unknownRoller':
    'No roller is named “{name}”: the session is imported without a roller.',
  'import.warning.csv.ambiguousRoller':
    'Several rollers are named “{name}”: the session is imported without a roller.',
  'import.warning.cleanup':
    'The import was saved, but old data could not be tidied away. It is not shown and does no harm.',

  // How a conflict (same id, different content) was settled by a merge.
  'import.conflict.later.incoming': 'Session {id}: the file’s copy was edited later and replaces this one.',
  'import.conflict.later.current': 'Session {id}: this browser’s copy was edited later and is kept.',
  'import.conflict.tie': 'Session {id}: both copies have the same edit time; this browser’s copy is kept.',
  'import.conflict.roller': 'Roller {id}: the two copies differ; this browser’s copy is kept.',
} as const;
