import type { Tense } from '../../../model/index.ts';

/** A finite verb group as the tense reader reads it: its tense and where it stands. */
export interface TensedGroup {
  tense: Exclude<Tense, 'unknown'>;
  start: number;
  end: number;
  /**
   * The tense for a weekday after the group, when it differs: a day of the week
   * dates the news of the week, so after "agreed to sell it" it is the agreeing's.
   */
  dayTense?: Exclude<Tense, 'unknown'>;
}
