import type { Range } from './draft.ts';

/** A word of the text with its offsets; `lower` has curly apostrophes straightened. */
export interface Word extends Range {
  text: string;
  lower: string;
}

// Letters, digits, inner hyphens, dots and apostrophes: "co-leader", "Rukh.Pen.Til", "month’s".
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*(?:['’]s\b)?/gu;

/** The words of `text` between `start` and `end`, with document offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  // Matching inside a slice keeps the search from running past `end` on long texts.
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    words.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      text: raw,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    });
  }
  return words;
}

/** The word without a possessive ending: "January's" → "january". */
export function bare(word: Word): string {
  return word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
}

export function isPossessive(word: Word): boolean {
  return /'s$/.test(word.lower);
}

export function isCapitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/**
 * Nouns that name a happening, grouped so that different words for one kind of
 * happening can be told to be the same one ("the protest" … "the rally").
 */
const EVENT_NOUN_CLASSES: Record<string, readonly string[]> = {
  protest: [
    'protest',
    'protests',
    'protesting',
    'rally',
    'rallies',
    'rallying',
    'demonstration',
    'demonstrations',
    'march',
    'marches',
    'sit-in',
    'picket',
    'vigil',
  ],
  vote: [
    'election',
    'elections',
    'vote',
    'voting',
    'ballot',
    'poll',
    'referendum',
    'runoff',
    'primary',
  ],
  violence: [
    'violence',
    'clash',
    'clashes',
    'riot',
    'riots',
    'unrest',
    'fighting',
    'massacre',
    'shooting',
  ],
  attack: [
    'attack',
    'attacks',
    'bombing',
    'bombings',
    'explosion',
    'blast',
    'raid',
    'raids',
    'assault',
  ],
  meeting: ['meeting', 'summit', 'talks', 'conference', 'congress', 'session', 'negotiations'],
  trial: ['trial', 'hearing', 'verdict', 'ruling', 'sentencing', 'appeal'],
  arrest: ['arrest', 'arrests', 'detention', 'detentions', 'crackdown', 'roundup'],
  release: ['release', 'releases'],
  strike: ['strike', 'strikes', 'walkout', 'stoppage', 'boycott'],
  disaster: [
    'earthquake',
    'quake',
    'flood',
    'floods',
    'storm',
    'hurricane',
    'fire',
    'crash',
    'collapse',
  ],
  ceremony: [
    'ceremony',
    'inauguration',
    'funeral',
    'celebration',
    'festival',
    'parade',
    'visit',
    'launch',
  ],
  war: ['war', 'invasion', 'coup', 'uprising', 'revolution', 'ceasefire', 'offensive'],
  change: [
    'resignation',
    'dismissal',
    'appointment',
    'death',
    'killing',
    'killings',
    'murder',
    'escape',
  ],
  agreement: [
    'agreement',
    'deal',
    'treaty',
    'accord',
    'merger',
    'takeover',
    'sale',
    'announcement',
  ],
};

const NOUN_TO_CLASS = new Map<string, string>(
  Object.entries(EVENT_NOUN_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)),
);

/** The event classes named in a stretch of text: "the march reached …" → {"protest"}. */
export function eventClassesIn(text: string, start: number, end: number): Set<string> {
  const classes = new Set<string>();
  for (const word of wordsIn(text, start, end)) {
    const cls = eventNounClass(word);
    if (cls) classes.add(cls);
  }
  return classes;
}

/** The class of an event noun ("rally" → "protest"), or undefined for other words. */
export function eventNounClass(word: Word): string | undefined {
  // "March" the month is not "march" the protest.
  const noun = bare(word);
  if (noun === 'march' && isCapitalised(word)) return undefined;
  return NOUN_TO_CLASS.get(noun);
}

/** Past forms of verbs that tell the happening an event noun names: "marched" → a protest. */
const VERB_CLASSES: Record<string, string> = {
  marched: 'protest',
  protested: 'protest',
  rallied: 'protest',
  demonstrated: 'protest',
  picketed: 'protest',
  voted: 'vote',
  clashed: 'violence',
  rioted: 'violence',
  attacked: 'attack',
  bombed: 'attack',
  raided: 'attack',
  stormed: 'attack',
  met: 'meeting',
  convened: 'meeting',
  arrested: 'arrest',
  detained: 'arrest',
  released: 'release',
  freed: 'release',
  resigned: 'change',
  signed: 'agreement',
};

/** The event class of a verb ("marched" → "protest"), or undefined. */
export function eventVerbClass(word: Word): string | undefined {
  return VERB_CLASSES[word.lower];
}

/**
 * Past participles of event nouns, to turn "their release from prison" into the
 * headline "… released from prison".
 */
const NOUN_PARTICIPLE: Record<string, string> = {
  release: 'released',
  arrest: 'arrested',
  detention: 'detained',
  election: 'elected',
  return: 'returned',
  resignation: 'resigned',
  dismissal: 'dismissed',
  appointment: 'appointed',
  conviction: 'convicted',
  acquittal: 'acquitted',
  capture: 'captured',
  expulsion: 'expelled',
  escape: 'escaped',
  departure: 'departed',
  exile: 'exiled',
  death: 'died',
  arrival: 'arrived',
};

export function participleOfNoun(word: Word): string | undefined {
  return NOUN_PARTICIPLE[bare(word)];
}

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'another',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'each',
  'every',
]);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
]);

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'there',
]);

/** Words that open a new clause or a time adjunct; a headline stops before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'following',
  'when',
  'while',
  'as',
  'since',
  'until',
  'amid',
  'because',
  'although',
  'though',
  'but',
  'which',
  'who',
  'where',
  'suggesting',
  'saying',
  'including',
]);
