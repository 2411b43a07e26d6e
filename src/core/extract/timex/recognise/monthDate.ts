import { MONTH_RE, WEEKDAY_RE, monthOf, occurrenceOf } from '../../lexicon/en/index.ts';
import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[0-9]|20)\\d\\d)';

// One alternation, longest readings first, so each date is matched once:
//   "March 24, 2012" | "March 24" | "24 March 2012" | "24th of March" | "March 2012" | "March"
// (a bare month before a year of the era step's: "September 480 BC")
const PATTERN = new RegExp(
  [
    `\\b(${MONTH_RE}) ${DAY}\\b(?:,? ${YEAR}\\b)?`,
    `\\b${DAY} (?:of )?(${MONTH_RE})(?:,? ${YEAR})?\\b`,
    `\\b(${MONTH_RE})(?:,| of)? ${YEAR}\\b`,
    `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming) )?(${MONTH_RE})(?:(?<=\\.)|\\b)(?!\\.? \\d(?!\\d{1,3} (?:BCE?|B\\.C\\.)))`,
  ].join('|'),
  'g',
);

/** Words that make a following capitalised month name something else ("May be"). */
const NOT_A_MONTH_AFTER = /^ (?:be|have|not|I|we|you|he|she|it|they)\b/;

/** "May said", "April told reporters": a person's name, speaking. */
const SPEAKER_AFTER =
  /^ (?:said|says|told|added|argued|insisted|wrote|tweeted|announced|urged|warned|replied|asked|stressed|denied|admitted|conceded)\b/;

/** "Mrs. May", "Sen. April": a month word after a title is a surname. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Lady|Lord|Sir|Dame)\.? $/;

/**
 * "said Theresa May", "Prime Minister Theresa May met": a capitalised word inside the
 * sentence (so not a sentence-opening "Since" or "Last") joined to the month word...
 */
const FIRST_NAME_BEFORE = new RegExp(
  `[a-z,] (?!(?:${WEEKDAY_RE}|January|February|March|April|May|June|July|August|September|October|November|December|Day|Eve|Christmas|Easter|Ramadan|Lent|Independence)\\b)[A-Z][a-z]+ $`,
);
/**
 * "Theresa May's plan" opening a sentence: a capitalised word there may be any word,
 * so only one that cannot open a sentence as a function word or adverb counts as a
 * first name ("Despite May's figures", "Unlike May's" stay months).
 */
const NAME_OPENING_SENTENCE = /(?:^|[.!?]["”’)]? )([A-Z][a-z]+) $/;
const SENTENCE_OPENER =
  /^(?:A|An|The|This|That|These|Those|Its|His|Her|Their|Our|My|Your|And|But|Or|So|Yet|Despite|Unlike|Like|Even|Only|Also|Then|Both|All|Each|Every|Including|Except|Under|Over|Given|Following|Throughout|Within|Amid|Ahead|Around|Toward|Towards|For|At|To|As|Of|If|When|While|Where|Once|Although|Though|Because|With|Without|Beyond|Against|Unless|Whether|Why|How|What|Which|Meanwhile|However|Still|Now|Yesterday|Today|Tomorrow|Last|Next|Early|Late|Mid|Since|Until|Till|By|In|On|From|Through|During|Before|After|Between|Not|No|Some|Many|Most|Much|More|Less|Fewer|Such|Here|There|Instead|Indeed|Overall|Already|Again|Perhaps|Maybe|Nearly|Almost|About|Roughly|Just|Compared|Versus|Per|Via|Plus|Minus|Beginning|Starting|Ending|Come|Back|Annual|Monthly|Weekly|Strong|Weak|Poor|Solid|Record)$/;

function opensSentenceAsName(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  const before = text.slice(from, start);
  const hit = NAME_OPENING_SENTENCE.exec(before);
  if (!hit) return false;
  // `^` holds at the slice's start only where that is the text's own start.
  if (hit.index === 0 && !/^[.!?]/.test(hit[0]) && from > 0) return false;
  return !SENTENCE_OPENER.test(hit[1] ?? '');
}

/** ...when what follows is what follows a subject or closes a name, not a noun ("March meeting"). */
const AFTER_A_NAME =
  /^(?:['’]s\b|[,.;:)]|$| (?:and|who|has|had|have|is|was|will|would|could|should|can|may|must|met|made|won|lost|took|gave|wants|wanted|called|faces|faced|resigned|became)\b)/;

/**
 * "the annual March for Life", "a March on Washington": a procession, named with an
 * article before it and its cause or goal after it. The month takes no article
 * ("in March of 1990" has none).
 */
function isProcession(text: string, start: number, end: number): boolean {
  return (
    /\b(?:the|a|an|annual|this year's|last year's)\s+(?:``|["“'‘])?$/i.test(
      text.slice(Math.max(0, start - 18), start),
    ) && /^ (?:for|of|on|against|to) (?:the )?[A-Z]/.test(text.slice(end, end + 20))
  );
}

/**
 * "the Long March", "the Ice March", "his \"March to the Sea\"", "along the March.": a
 * march as a noun. A month takes no name before it and no article when it stands alone;
 * a month cue before it ("in", "since", "early") keeps it a month.
 */
function isMarchAsNoun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (MONTH_CUE_BEFORE.test(before)) return false;
  // What follows a noun, not a month used as a modifier ("the March meeting").
  const endsNoun = /^(?:[.,;:)!?"”]|$| \(| (?:to|from|through|across|into|on|of)\b)/.test(
    text.slice(end, end + 12),
  );
  if (!endsNoun) return false;
  return (
    /\b(?:the|a|an|this|that|his|her|their|its)\s+(?:[A-Z][a-z]+ )?$/.test(before) ||
    /["“]$/.test(before) ||
    NAME_WORD_BEFORE.test(before)
  );
}

/** A capitalised word before, not one of the words that open a time phrase. */
const NAME_WORD_BEFORE =
  /(?:^|[a-z,] )(?!(?:In|On|By|Since|Until|Till|From|Through|During|Before|After|Last|Next|This|Early|Late|Mid|Of|Between)\b)[A-Z][a-z]+ $/;

/** "in January", "since May", "early March": words that only ever precede the month. */
const MONTH_CUE_BEFORE =
  /\b(?:in|on|by|since|until|till|from|through|during|before|after|last|next|this|early|late|mid|of|between)\s+$/i;

/** A bare month word that is a name: "Theresa May said", "May told MPs". */
function isPersonName(text: string, start: number, end: number): boolean {
  if (MONTH_CUE_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return false;
  return (
    SPEAKER_AFTER.test(text.slice(end, end + 14)) ||
    TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    ((FIRST_NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      opensSentenceAsName(text, start)) &&
      AFTER_A_NAME.test(text.slice(end, end + 12)))
  );
}

/**
 * Dates written with a month name: "March 24, 2012", "24 March", "March 2012",
 * "Jan. 5", a bare "December". The year, when missing, is left to the resolver.
 */
export const monthDate: Recogniser = {
  name: 'month-name-date',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      let meaning: CalendarMeaning;
      if (m[1] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[1]), day: Number(m[2]), year: num(m[3]) };
      } else if (m[5] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[5]), day: Number(m[4]), year: num(m[6]) };
      } else if (m[7] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[7]), year: num(m[8]) };
      } else {
        const word = m[10] ?? '';
        if (word === 'May' && NOT_A_MONTH_AFTER.test(text.slice(end, end + 6))) return undefined;
        if (word === 'March' && (isProcession(text, start, end) || isMarchAsNoun(text, start, end)))
          return undefined;
        if (m[9] === undefined && isPersonName(text, start, end)) return undefined;
        // "Jan Kavan": an abbreviation without a dot or a day is a name.
        if (
          /^[A-Z][a-z]{2,3}$/.test(word) &&
          monthOf(word) !== undefined &&
          word !== 'May' &&
          word !== 'June' &&
          word !== 'July'
        )
          return undefined;
        const lead = m[9]?.toLowerCase();
        const which = occurrenceOf(lead);
        meaning = { kind: 'calendar', month: monthOf(word), which };
      }
      if (meaning.day !== undefined && (meaning.day < 1 || meaning.day > 31)) return undefined;
      return { start, end, type: 'DATE', meaning, rule: 'month-name-date' };
    }),
};

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}
