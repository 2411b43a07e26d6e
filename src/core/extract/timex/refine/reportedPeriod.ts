import type { Tense } from '../../../model/index.ts';

/** An earlier quarter or half-year of the text, as normalised. */
export interface PeriodMention {
  id: string;
  value: string;
  end: number;
}

/**
 * The quarters and halves a text has named so far, for reading "the quarter", "the
 * latest quarter" and "the latest period" the way business news uses them: as the
 * period the report is about, named before ("the fiscal first quarter", "the third
 * quarter ended Sept. 30"), not the last calendar quarter before the document date.
 * "The quarter" is the one named last; "the latest quarter" the latest in time of
 * those reported, past a look back at an earlier one ("in the second quarter, revenue
 * had risen"). Constant size: every slot holds one mention.
 */
export interface ReportedPeriods {
  /** The last quarter named, whatever the tense: what a future "the quarter" means. */
  anyQuarter?: PeriodMention;
  /** The last quarter, and quarter or half, told of as done or under way. */
  lastQuarter?: PeriodMention;
  lastPeriod?: PeriodMention;
  /** The latest in time of those. */
  latestQuarter?: PeriodMention;
  latestPeriod?: PeriodMention;
  /** The last reported quarter was named fiscal ("the fiscal first quarter"). */
  fiscal?: boolean;
}

/** How a period was named, as far as it matters for what later mentions mean. */
export interface PeriodNaming {
  tense: Tense;
  /** The document date: a quarter not over by then has no results yet. */
  reference: Date;
  /** "the fiscal first quarter": its label need not be the calendar quarter. */
  fiscal: boolean;
  /** "the quarter ended Sept. 29": read from the month of its last day. */
  endingOn: boolean;
}

const PERIOD = /^(\d{4})-([QH])([1-4])$/;

/** Months from year 0 to the end of a quarter or half: orders them in time. */
function endKey(value: string): number {
  const m = PERIOD.exec(value);
  if (!m) return -Infinity;
  return Number(m[1]) * 12 + Number(m[3]) * (m[2] === 'Q' ? 3 : 6);
}

function later(a: PeriodMention | undefined, b: PeriodMention): PeriodMention {
  return a && endKey(a.value) > endKey(b.value) ? a : b;
}

/** Whether the period has ended by the month before `reference`'s. */
function endedBy(value: string, reference: Date): boolean {
  return endKey(value) <= reference.getFullYear() * 12 + reference.getMonth();
}

/**
 * Records a mention if it is a quarter or a half. A period spoken of in the future
 * ("expects a fourth-quarter charge") is not one reported on, nor one not over by the
 * document date unless told in the past, as a fiscal quarter may be ("reported lower
 * fourth-quarter earnings" in November): "no estimate of the impact on fourth-quarter
 * results" in October is about results to come. "The quarter ended
 * Sept. 29" after "the fiscal first quarter" restates the fiscal quarter, so the
 * calendar quarter of its last day does not replace the fiscal label.
 */
export function noteReported(
  periods: ReportedPeriods,
  mention: PeriodMention,
  naming: PeriodNaming,
): void {
  const m = PERIOD.exec(mention.value);
  if (!m) return;
  const isQuarter = m[2] === 'Q';
  if (naming.endingOn && fiscalRestated(periods)) return;
  if (isQuarter) periods.anyQuarter = mention;
  if (naming.tense === 'future') return;
  if (naming.tense !== 'past' && !endedBy(mention.value, naming.reference)) return;
  periods.lastPeriod = mention;
  periods.latestPeriod = later(periods.latestPeriod, mention);
  if (!isQuarter) return;
  periods.lastQuarter = mention;
  periods.latestQuarter = later(periods.latestQuarter, mention);
  periods.fiscal = naming.fiscal;
}

/**
 * The fiscal quarter that "the quarter ended Sept. 29" restates when the report has
 * just named one ("the fiscal first quarter"): the report's label, not the calendar
 * quarter of the day, is the value of both.
 */
export function fiscalRestated(periods: ReportedPeriods): PeriodMention | undefined {
  return periods.fiscal ? periods.lastQuarter : undefined;
}

/**
 * The period "the quarter" (`last`) or "the latest period" (`latest`) refers to, if
 * the text has named one: in the future tense the last quarter named at all ("expects
 * a loss in the fourth quarter ... for the quarter"), else the last (or latest) one
 * reported; `units` says whether a half-year may be meant.
 */
export function reportedPeriod(
  periods: ReportedPeriods,
  which: 'last' | 'latest',
  units: 'quarter' | 'period',
  tense: Tense,
): PeriodMention | undefined {
  if (tense === 'future') return periods.anyQuarter;
  if (which === 'latest') return units === 'quarter' ? periods.latestQuarter : periods.latestPeriod;
  return units === 'quarter' ? periods.lastQuarter : periods.lastPeriod;
}
