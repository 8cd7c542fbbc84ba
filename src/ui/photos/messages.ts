import { enPhotosLazy } from '../../i18n/en-photos-lazy';
import { addEnglish } from '../../i18n/i18n';

// The photos code's English messages arrive with it (see en-photos-lazy.ts).
addEnglish(enPhotosLazy);
