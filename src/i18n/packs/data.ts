import { enData } from '../en-data';
import { addEnglish } from '../i18n';

addEnglish(enData);
