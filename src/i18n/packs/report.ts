import { enReport } from '../en-report';
import { addEnglish } from '../i18n';

addEnglish(enReport);
