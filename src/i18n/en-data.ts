/** English messages of export, import and the report (merged into `en`). */
export const enData = {} as const;
