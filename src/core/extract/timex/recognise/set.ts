import {
  COUNT_RE,
  UNIT_RE,
  WEEKDAY_RE,
  countOf,
  durationValue,
  monthOf,
} from '../../lexicon/en/index.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan, scanIfHas } from './scan.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  bimonthly: 'P2M',
  quarterly: 'P3M',
  yearly: 'P1Y',
  annually: 'P1Y',
  'semi-annually': 'P6M',
  biannually: 'P6M',
};

const ADVERB =
  /\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|semi-annually|biannually)\b/gi;

// "every week", "each year", "every two months", "every other day".
const EVERY = new RegExp(
  `\\b(every|each) (?:(other) )?(?:(${COUNT_RE}) )?(${UNIT_RE}|morning|afternoon|evening|night|weekend)\\b(?! of\\b)`,
  'gi',
);

/** What every match of EVERY, EVERY_MONTH and EVERY_WEEKDAY holds. */
const EVERY_OR_EACH = /\b(?:every|each) /i;

// "twice a week", "three times a year", "once per month".
const TIMES = new RegExp(
  `\\b(once|twice|thrice|(?:${COUNT_RE}) times) (?:a|an|per|each|every) (hour|day|week|month|quarter|year)\\b`,
  'gi',
);
/** What every match of TIMES holds. */
const TIMES_WORD = /once|twice|thrice|times/i;

// "$5 a year", "10 percent a month", "per day", "$35 a night": a rate after an amount.
// (`\b(?=[ap])` holds wherever it can match, "a", "an" or "per" after a space: it
// changes no match, and spares the lookbehind at most positions.)
const RATE =
  /\b(?=[ap])(?:(?<=(?:\d|%|percent|cents?|dollars|euros|pounds|million|billion|trillion) )(?:a|an)|\bper) (hour|day|night|week|month|quarter|year)\b(?!-)/gi;

// "24 hours a day", "four flights a week", "hundreds of interviews a day": a rate
// after a counted plural noun, which `isRateAfterNoun` checks.
const RATE_AFTER_NOUN = /\ban? (hour|day|night|week|month|year)\b(?!-)/g;

/** The plural noun right before, with a count earlier in its clause: "four flights ". */
const COUNTED_PLURAL_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|dozens?|hundreds|thousands|millions|several|many|few|multiple)\b)[^.;:!?()"“”]*?\b([a-z]{3,}s) $/i;

/** Words ending in "s" that are not plural nouns: "it was a day of", "as a year". */
const NOT_PLURAL_NOUN =
  /^(?:was|has|does|is|this|thus|its|his|hers|ours|yours|theirs|plus|less|unless|across|perhaps|always|sometimes|besides|whereas|towards|afterwards|nevertheless|news|series|species|bus|gas|famous|various|previous|serious|obvious|numerous|enormous|anxious|nervous|yes|us|minus|versus|status|focus|bonus|census|campus|virus|crisis|basis|thesis|analysis|emphasis|diagnosis|process|access|success|business|address|progress|congress|witness|illness|darkness|weakness|fitness|awareness|willingness|readiness|goes|makes|takes|gives|comes|seems|means|needs|becomes|remains|lasts|spends|marks|gets|puts|sets|runs|turns|keeps|leaves|says|sees|asks|tells|feels|looks|wants|works|serves|begins|ends|starts)$/;

/**
 * Words after "a day" that make it a length or a point, not a rate: "a year ago", "a
 * day after the vote", "a week or two", "a month of talks", "a year old".
 */
const NOT_RATE_AFTER =
  /^(?:\s+(?:ago|earlier|later|before|after|from|since|into|of|or|old|long|apart|prior|beyond|ahead|behind|away|back|early|late|too|in advance|to \w+ (?:years?|months?|weeks?|days?))\b|-)/i;

/** "every Tuesday", "Each Sunday" (opening a sentence). */
const EVERY_WEEKDAY = new RegExp(`\\b(?:[Ee]very|[Ee]ach) (${WEEKDAY_RE})\\b`, 'g');
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** A weekday joined to the one before: ", Wednesday", " and Friday", ", or Sunday". */
const JOINED_WEEKDAY = new RegExp(`^(?:,? (?:and|or) |, )(${WEEKDAY_RE})\\b(?!['’])`);

// "every July", "each spring": a month or season of every year.
const EVERY_MONTH = new RegExp(
  `\\b(?:[Ee]very|[Ee]ach) (January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\\b`,
  'g',
);
const SEASON_CODES: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

const UNIT_CODE: Readonly<Record<string, string>> = {
  hour: 'PT1H',
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  month: 'P1M',
  quarter: 'P3M',
  year: 'P1Y',
};

/** Words after which an adjective is not before its noun: "paid quarterly to ...". */
const FUNCTION_WORD =
  /^ (?:and|or|but|in|on|at|to|for|of|from|by|with|through|since|until|than|as|after|before|while|when|because|that|the|a|an|is|are|was|were|be|been|over|into)\b/;

/** A determiner or possessive right before: "its quarterly", "a quarterly". */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|initial|regular|latest|first|next|last)\s+$/i;

/**
 * "the Communist Party daily Granma", "the business weekly Barron's", "a daily
 * newspaper": "daily" and "weekly" as nouns for a newspaper (a name follows), or
 * classifying one. A publication, not a recurrence of an event.
 */
function isPublication(word: string, after: string): boolean {
  if (word !== 'daily' && word !== 'weekly' && word !== 'monthly') return false;
  return /^ (?:(?:newspapers?|papers?|tabloids?|magazines?|journals?|editions?)\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|It|He|She|They|We|I|But|And|In|On|At|For)\b)[A-Z][a-z])/.test(
    after,
  );
}

/**
 * "quarterly" used before its noun ("quarterly dividend", "Quarterly net income") or as
 * a noun after a determiner ("an initial quarterly of five cents") classifies the
 * thing; as an adverb after a verb ("reviewed quarterly") it is a recurrence.
 */
function isClassifier(text: string, start: number, after: string): boolean {
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  return /^ [a-z]/i.test(after) && !FUNCTION_WORD.test(after);
}

/**
 * Recurring times (TimeML SET): "weekly" → `P1W`, "every two months" → `P2M`,
 * "twice a week" → `P1W` with freq `2X`, "each Thursday" → `XXXX-WXX-4`.
 */
export const set: Recogniser = {
  name: 'set',
  find: ({ text }) => {
    const make = (
      start: number,
      end: number,
      value: string,
      extra: Partial<Candidate> = {},
    ): Candidate => ({
      start,
      end,
      type: 'SET',
      meaning: { kind: 'literal', value },
      rule: 'set',
      ...extra,
    });
    const joinedDays: Candidate[] = [];
    return [
      ...scan(text, ADVERB, (m) => {
        const { start, end } = bounds(m);
        const word = (m[1] ?? '').toLowerCase();
        const after = text.slice(end, end + 24);
        // "its quarterly dividend", "the quarterly results", "an initial quarterly": a
        // kind of payment or report, not a recurrence of the event (TimeML leaves it);
        // "adjusted quarterly" after a verb stays a set.
        if (word === 'quarterly' && isClassifier(text, start, after)) return undefined;
        if (isPublication(word, after)) return undefined;
        const value = ADVERBS[word];
        return value ? make(start, end, value) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY, (m) => {
        const { start, end } = bounds(m);
        const unit = (m[4] ?? '').toLowerCase();
        const part = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' }[unit];
        if (part) return make(start, end, `XXXX-XX-XX${part}`, { quant: 'EVERY' });
        if (unit === 'weekend') return make(start, end, 'P1W', { quant: 'EVERY' });
        const count = (m[3] !== undefined ? countOf(m[3]) : 1) ?? 1;
        const value = durationValue(m[2] !== undefined ? 2 : count, unit);
        return value
          ? make(start, end, value, { quant: (m[1] ?? 'every').toUpperCase() })
          : undefined;
      }),
      ...scanIfHas(text, TIMES_WORD, TIMES, (m) => {
        const { start, end } = bounds(m);
        const word = (m[1] ?? '').toLowerCase();
        const n =
          word === 'once'
            ? 1
            : word === 'twice'
              ? 2
              : word === 'thrice'
                ? 3
                : countOf(word.replace(/ times$/, ''));
        const value = UNIT_CODE[(m[2] ?? '').toLowerCase()];
        return value
          ? make(start, end, value, { freq: n === undefined ? undefined : `${n}X` })
          : undefined;
      }),
      ...scan(text, RATE, (m) => {
        const { start, end } = bounds(m);
        const value = UNIT_CODE[(m[1] ?? '').toLowerCase()];
        return value ? make(start, end, value) : undefined;
      }),
      ...scan(text, RATE_AFTER_NOUN, (m) => {
        const { start, end } = bounds(m);
        const noun = COUNTED_PLURAL_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
        if (!noun || NOT_PLURAL_NOUN.test((noun[1] ?? '').toLowerCase())) return undefined;
        if (NOT_RATE_AFTER.test(text.slice(end, end + 24))) return undefined;
        const value = UNIT_CODE[(m[1] ?? '').toLowerCase()];
        return value ? make(start, end, value) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY_MONTH, (m) => {
        const { start, end } = bounds(m);
        const word = m[1] ?? '';
        const month = monthOf(word);
        const code = month !== undefined ? String(month).padStart(2, '0') : SEASON_CODES[word];
        return code ? make(start, end, `XXXX-${code}`, { quant: 'EVERY' }) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY_WEEKDAY, (m) => {
        const { start, end } = bounds(m);
        const day = WEEKDAY_NAMES.indexOf(m[1] ?? '');
        if (day < 0) return undefined;
        // "every Tuesday and Thursday", "each Monday, Wednesday and Friday": the days
        // joined to the first recur with it.
        let at = end;
        let next: RegExpExecArray | null;
        while ((next = JOINED_WEEKDAY.exec(text.slice(at, at + 24))) !== null) {
          const joined = WEEKDAY_NAMES.indexOf(next[1] ?? '');
          const dayEnd = at + next[0].length;
          const dayStart = dayEnd - (next[1] ?? '').length;
          joinedDays.push(
            make(dayStart, dayEnd, `XXXX-WXX-${joined === 0 ? 7 : joined}`, { quant: 'EVERY' }),
          );
          at = dayEnd;
        }
        return make(start, end, `XXXX-WXX-${day === 0 ? 7 : day}`, { quant: 'EVERY' });
      }),
      ...joinedDays,
    ];
  },
};
