import type { MessageKey, Translator } from './i18n/translator';
import type { ShiftReport, UnresolvedSession } from './shift';

// A shift report's words, the same on screen and on paper (#20).

/** The period as words: "from … to …", or "until …" for a station's first shift. */
export function shiftPeriod(report: Pick<ShiftReport, 'from' | 'to'>, words: Translator): string {
  const to = words.dateTime(report.to);
  return report.from
    ? words.t('shift.period', { from: words.dateTime(report.from), to })
    : words.t('shift.periodFirst', { to });
}

/** Why a session is on the unresolved list. */
export function unresolvedState(u: UnresolvedSession, words: Translator): string {
  if (!u.checked) return words.t('shift.notChecked');
  return words.t(u.carried ? 'shift.stillWaitingCarried' : 'shift.stillWaiting');
}

/** The columns of a report's list of paid sales, on screen and on paper. */
export const SALE_COLUMNS: readonly MessageKey[] = [
  'shift.time',
  'shift.amount',
  'shift.tip',
  'shift.staff',
  'shift.card',
  'shift.transaction',
  'shift.session',
];

/** The columns of a report's list of sessions still waiting. */
export const UNRESOLVED_COLUMNS: readonly MessageKey[] = [
  'shift.created',
  'shift.amount',
  'shift.reference',
  'shift.session',
  'shift.state',
];
