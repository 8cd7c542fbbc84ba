import { CONDITIONS } from '../../core/conditions';
import type { Profile } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import { formatDay } from './format';
import '../../i18n/packs/report';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** One answer in words: the condition, with its date and areas when it has them. */
function answerText(profile: Profile, id: (typeof CONDITIONS)[number]['id']): string {
  const def = CONDITIONS.find((c) => c.id === id);
  const a = profile.conditions[id];
  const extras = [
    a?.date && def?.dateMeaning === 'last-dose'
      ? t('report.profile.lastDose', { date: formatDay(a.date) })
      : a?.date
        ? formatDay(a.date)
        : null,
    a?.present && a.areas.length
      ? t('report.profile.onlyAreas', { areas: a.areas.map((x) => t(`area.${x}`)).join(', ') })
      : null,
  ].filter(Boolean);
  return `${t(`condition.${id}`)}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}

/** Who: age band, skin type, goals, areas, and every safety answer (yes, no, not answered). */
export function ReportProfile({ profile, tz }: { profile: Profile; tz: string }) {
  const yes = CONDITIONS.filter((c) => profile.conditions[c.id]?.present);
  const no = CONDITIONS.filter((c) => profile.conditions[c.id]?.present === false);
  const open = CONDITIONS.filter((c) => profile.conditions[c.id] === undefined);
  const reviewed = profile.safetyReviewedAt;
  return (
    <div>
      <h2>{t('report.profile')}</h2>
      <ul class="compact" data-testid="report-profile">
        <li>
          {t('report.profile.age', {
            value: profile.ageBand ? t(`options.profile.ageBand.${profile.ageBand}`) : t('safety.unanswered'),
          })}
          {' · '}
          {t('report.profile.skinType', {
            value: profile.skinType ? (ROMAN[profile.skinType - 1] ?? '') : t('safety.unanswered'),
          })}
        </li>
        {profile.goals.length ? (
          <li>{t('report.profile.goals', { value: profile.goals.join('; ') })}</li>
        ) : null}
        {profile.areas.length ? (
          <li>{t('report.profile.areas', { value: profile.areas.map((a) => t(`area.${a}`)).join(', ') })}</li>
        ) : null}
        <li class={yes.length ? 'flag' : ''} data-answers="yes">
          {yes.length
            ? t('report.answers.yes', { list: yes.map((c) => answerText(profile, c.id)).join('; ') })
            : t('report.profile.none')}
        </li>
        {no.length ? (
          <li data-answers="no">
            {t('report.answers.no', { list: no.map((c) => answerText(profile, c.id)).join('; ') })}
          </li>
        ) : null}
        {open.length ? (
          <li class="flag" data-answers="unanswered">
            {t('report.answers.unanswered', { list: open.map((c) => t(`condition.${c.id}`)).join('; ') })}
          </li>
        ) : null}
        {reviewed ? (
          <li class="muted">
            {t('report.answers.reviewed', { date: formatDate(parseInstant(reviewed), tz) })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
