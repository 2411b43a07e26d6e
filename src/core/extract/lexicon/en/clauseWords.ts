import { AUX_ADVERBS, FUTURE_AUX, IRREGULAR_PAST, MODALS, PAST_ABILITY } from './verbs.ts';
import { MODAL_AUXILIARIES } from './functionWords.ts';

/*
 * The words of a clause's verb group and subject, for the verb-group reader
 * (grammar/verbGroup.ts) and the clause reader (grammar/clause.ts).
 */

export const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being']);
export const HAVE_FORMS = new Set(['has', 'have', 'had']);
export const DO_FORMS = new Set(['do', 'does', 'did']);
/** Words that end a subject without belonging to it: "they then", "the strike, which". */
export const TRAILING_NON_SUBJECT = new Set([...AUX_ADVERBS, 'which', 'that', 'who']);
/** Words that may open a clause before its subject: "But", "Then". */
export const CLAUSE_LEAD_WORDS = new Set([
  'but',
  'and',
  'then',
  'so',
  'yet',
  'meanwhile',
  'however',
  'later',
  'also',
]);
export const PARTICLES = new Set(['up', 'down', 'in', 'out', 'off', 'away', 'back', 'over', 'on']);
/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = new Set([
  'been',
  'had',
  'done',
  'gone',
  'taken',
  'given',
  'seen',
  'known',
  'shown',
  'thrown',
  'drawn',
  'grown',
  'driven',
  'written',
  'spoken',
  'broken',
  'chosen',
  'beaten',
  'fallen',
  'risen',
  'begun',
  'held',
  'hit',
  'shot',
  'struck',
  'caught',
  'brought',
  'sent',
  'kept',
  'put',
  'set',
  'cut',
  'led',
  'left',
  'found',
  'told',
  'said',
  'made',
  'won',
  'lost',
  'fought',
  'built',
  'sold',
  'stolen',
  'frozen',
  'hidden',
  'forbidden',
  'sworn',
  'torn',
  'worn',
  'born',
  'sentenced',
  'seized',
  'overthrown',
]);
/**
 * Irregular past forms (regular ones end in -ed): the tense reader's list, plus forms
 * it leaves out because they double as present tense ("set", "cut"); finding a clause's
 * verb group, unlike reading its tense, may take them.
 */
export const CLAUSE_PAST_FORMS: ReadonlySet<string> = new Set([
  ...IRREGULAR_PAST,
  'beat',
  'bit',
  'blew',
  'caught',
  'cut',
  'fled',
  'froze',
  'overthrew',
  'set',
  'slid',
  'sought',
  'split',
  'spread',
  'undertook',
]);
/** Modal auxiliaries and "will", with their contracted and negative forms ("won't", "can't"). */
export const CLAUSE_MODALS: ReadonlySet<string> = new Set([
  ...MODAL_AUXILIARIES,
  ...FUTURE_AUX,
  ...MODALS,
  ...PAST_ABILITY,
]);
