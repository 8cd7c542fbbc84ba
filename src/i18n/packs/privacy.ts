import { enPrivacy } from '../en-privacy';
import { addEnglish } from '../i18n';

addEnglish(enPrivacy);
