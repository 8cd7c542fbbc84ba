import { en } from './en';
import { enData } from './en-data';
import { enOptions } from './en-options';
import { enPhotosLazy } from './en-photos-lazy';
import { enPhotosPrivacy } from './en-photos-privacy';
import { enPrivacy } from './en-privacy';
import { enReport } from './en-report';

/**
 * Every English message, `en` and the packs that load with their code: the reference the other
 * catalogues are checked against. Pages never import it (each carries the packs it shows).
 */
export const englishAll = {
  ...en,
  ...enOptions,
  ...enPrivacy,
  ...enData,
  ...enReport,
  ...enPhotosLazy,
  ...enPhotosPrivacy,
} as const;
