import { enOptions } from '../en-options';
import { addEnglish } from '../i18n';

addEnglish(enOptions);
