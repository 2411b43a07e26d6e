/**
 * Word lists for reading English verb groups: auxiliaries, past forms, verbs of
 * planning and scheduling. Lower case; curly apostrophes are normalised before lookup.
 */
import { DETERMINERS, MODAL_AUXILIARIES, WEEKDAY_WORDS } from './functionWords.ts';

export const FUTURE_AUX = new Set(['will', 'shall', 'wo', "won't", 'won’t', 'would', "'ll", '’ll']);

export const PAST_AUX = new Set([
  'was',
  'were',
  'had',
  'did',
  "wasn't",
  'wasn’t',
  "weren't",
  'weren’t',
]);

export const PAST_AUX_MORE = new Set(["didn't", 'didn’t', "hadn't", 'hadn’t']);

/** The present of "be", which with "-ing" or "due" makes an arrangement: "is leaving". */
export const BE_PRESENT = new Set(['is', 'are', 'am', "isn't", 'isn’t', "aren't", 'aren’t']);

export const PRESENT_AUX = new Set([
  ...BE_PRESENT,
  'has',
  'have',
  'does',
  'do',
  "hasn't",
  'hasn’t',
  "haven't",
  'haven’t',
  "doesn't",
  'doesn’t',
  "don't",
  'don’t',
]);

/** After a present auxiliary, these words make the group point ahead: "is expected to". */
export const PROSPECTIVE = new Set([
  'going',
  'expected',
  'due',
  'set',
  'scheduled',
  'slated',
  'planned',
  'planning',
  'poised',
  'likely',
  'about',
  'called',
  'timed',
  'to',
]);

/** Present-tense verbs that state an intention: "plans to", "aims to". */
export const INTENT_VERBS = new Set([
  'plan',
  'plans',
  'intend',
  'intends',
  'aim',
  'aims',
  'hope',
  'hopes',
  'expect',
  'expects',
  'promise',
  'promises',
  'vow',
  'vows',
  'pledge',
  'pledges',
  'want',
  'wants',
  'seek',
  'seeks',
]);

/** Verbs that move a date later: what follows "until"/"to" is the new date. */
export const RESCHEDULING = new Set([
  'postponed',
  'delayed',
  'pushed',
  'rescheduled',
  'adjourned',
  'deferred',
]);

/** Past intentions point ahead of the moment they were held: "planned to leave Thursday". */
export const PAST_INTENT_VERBS = new Set([
  'planned',
  'intended',
  'aimed',
  'hoped',
  'expected',
  'promised',
  'vowed',
  'pledged',
  'wanted',
  'sought',
  'threatened',
]);

/** The verbs of directing, which take an object first: "ordered him to pay". */
export const DIRECTIVES = new Set([
  'ordered',
  'told',
  'asked',
  'urged',
  'instructed',
  'directed',
  'authorized',
  'authorised',
]);

/**
 * Past verbs of deciding and directing whose infinitive may be dated either way: the
 * date after "agreed to sell its stake in October" can be the agreement's (past) or the
 * sale's (ahead of the agreement, so either side of the telling). Nearest reads both
 * ("in October" five months back rather than seven ahead; "by Monday" three days
 * ahead). A bare weekday dates the news of the week, the deciding: "voted to close the
 * plant Friday". A date before the verb is the deciding's own: "on Thursday agreed to".
 * Not implicatives ("refused to", "tried to", "was forced to"): what they govern was
 * done, or not, when they were.
 */
export const DECISION_VERBS = new Set([
  'agreed',
  'decided',
  'voted',
  'chose',
  'opted',
  'resolved',
  ...DIRECTIVES,
]);

/** Words before a date that make it a deadline: "told to leave by Friday". */
export const DEADLINE_WORDS = new Set(['by', 'before', 'until', 'till']);

/** Pronouns that are objects, never verbs, after "to": "agreed to it". */
export const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'me', 'us', 'you', 'whom']);

/**
 * Nouns of agreeing and deciding that govern an infinitive as their verbs do (see
 * `DECISION_VERBS`): "announced an agreement to acquire the bank in January" in a
 * November paper is the coming January, the nearer.
 */
export const DECISION_NOUNS = new Set([
  'agreement',
  'agreements',
  'deal',
  'deals',
  'accord',
  'pact',
  'decision',
  'vote',
  'order',
  'bid',
  'offer',
  'offers',
  'move',
  'approval',
  'commitment',
]);

/** Nouns of planning whose infinitive lies ahead: "unveiled a proposal to cut taxes in May". */
export const PLAN_NOUNS = new Set([
  'proposal',
  'proposals',
  'intention',
  'scheme',
  'program',
  'programme',
]);

/** Prepositions of place, which after "planned" show a participle: "a march planned in Rome". */
export const PLACE_PREPOSITIONS = new Set([
  'at',
  'in',
  'near',
  'outside',
  'inside',
  'across',
  'around',
]);

/**
 * Participles that schedule with "on" ("scheduled on Monday", "due on Nov. 1"). With
 * the others "on" dates the doing: "the record set on Aug. 6", "postponed on Monday".
 */
export const SCHEDULED_ON = new Set([
  'scheduled',
  'slated',
  'planned',
  'timed',
  'due',
  'booked',
  'expected',
]);

/** Verbs that choose a day for something: "set Friday as the deadline". */
export const SETTING_VERBS = new Set(['set', 'fixed', 'named', 'chose', 'picked', 'designated']);

/**
 * Words that may stand between a verb and its infinitive as an adverbial of time:
 * "agreed on Thursday to plead", "voted unanimously yesterday to close".
 */
export const BEFORE_INFINITIVE = new Set([
  ...WEEKDAY_WORDS,
  'on',
  'yesterday',
  'today',
  'tonight',
  'last',
  'this',
  'week',
  'night',
  'morning',
  'afternoon',
  'evening',
]);

/** Participles that point ahead when "to" follows, with or without an auxiliary. */
export const PROSPECTIVE_PARTICIPLES = new Set([
  'set',
  'due',
  'scheduled',
  'expected',
  'slated',
  'poised',
]);

/** Verbs of planning: what they govern lies ahead of them. */
export const PLANNING_VERBS = new Set(['planned', 'scheduled', 'slated', 'plans', 'planning']);

/** Verbs that call or set a happening for a day: "called a strike for Thursday". */
export const CALLING_VERBS = new Set(['called', 'scheduled', 'set', 'planned', 'booked', 'fixed']);

/**
 * Participles that, followed by "for"/"on" and a date, schedule something: the verbs of
 * calling, of expecting, and of moving a date.
 */
export const SCHEDULING = new Set([
  ...CALLING_VERBS,
  'slated',
  'timed',
  'due',
  'expected',
  'moved',
  ...RESCHEDULING,
]);

export const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'went',
  'came',
  'saw',
  'made',
  'took',
  'got',
  'gave',
  'left',
  'began',
  'held',
  'met',
  'won',
  'lost',
  'fell',
  'rose',
  'found',
  'thought',
  'knew',
  'felt',
  'became',
  'brought',
  'bought',
  'sold',
  'led',
  'ran',
  'spoke',
  'wrote',
  'shot',
  'struck',
  'hit',
  'sent',
  'spent',
  'kept',
  'paid',
  'put',
  'built',
  'drew',
  'broke',
  'chose',
  'flew',
  'fought',
  'grew',
  'heard',
  'hid',
  'laid',
  'meant',
  'quit',
  'read',
  'rode',
  'sank',
  'sat',
  'shut',
  'stood',
  'stole',
  'swore',
  'taught',
  'threw',
  'understood',
  'woke',
  'wore',
  'withdrew',
  'arose',
  'forgave',
  'overtook',
  'upheld',
]);

export const PRESENT_VERBS = new Set([
  'says',
  'say',
  'remains',
  'remain',
  'seems',
  'seem',
  'appears',
  'appear',
  'continues',
  'continue',
  'stands',
  'lives',
  'believes',
  'believe',
  'thinks',
  'think',
  'knows',
  'know',
  'means',
  'needs',
  'need',
  'includes',
  'faces',
  'face',
  'holds',
  'runs',
]);

/** Words after which an -ed word is a participle inside a verb group or an adjective. */
export const PARTICIPLE_CONTEXT = new Set([
  ...DETERMINERS,
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  'has',
  'have',
  'having',
  'get',
  'gets',
  'got',
  'very',
  'more',
  'most',
  'well',
]);

/** Words in -ed that are not past tenses. */
export const NOT_PAST_ED = new Set([
  'succeed',
  'proceed',
  'exceed',
  'need',
  'feed',
  'bleed',
  'speed',
  'breed',
  'indeed',
  'seed',
  'heed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'kindred',
  'rugged',
  'beloved',
  'embed',
]);

/** After these a verb is bare ("will succeed", "did not"), whatever its ending. */
export const BEFORE_BARE_VERB = new Set([...MODAL_AUXILIARIES, 'to', 'did', 'does', 'do', 'not']);

/**
 * Modal verbs: what they govern is possible or required, so still ahead ("could vote
 * Thursday", "should arrive Friday"), unless a perfect follows ("may have died Monday").
 * "can" speaks of the present. Lower-case "may" only: "in May" names a month.
 */
export const MODALS = new Set([
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'cannot',
  "can't",
  'can’t',
  "shouldn't",
  'shouldn’t',
  "mustn't",
  'mustn’t',
]);

/** "could not be reached Monday": the past of "can", not a possibility ahead. */
export const PAST_ABILITY = new Set(["couldn't", 'couldn’t']);

/**
 * Adverbs that may stand between an auxiliary and its verb: "will also visit", "has
 * since become", "have often claimed" (and any adverb in "-ly": "were reportedly held").
 */
export const AUX_ADVERBS = new Set([
  'not',
  'since',
  'often',
  'ever',
  'always',
  'reportedly',
  'allegedly',
  'also',
  'then',
  'still',
  'soon',
  'again',
  'never',
  'only',
  'just',
  'already',
  'now',
  'first',
  'later',
  'once',
  'even',
  'instead',
]);

/**
 * Verbs of scheduled happenings (opening, meeting, travelling, voting): in the simple
 * present with a day or month they state an arrangement, so the date lies ahead ("The
 * trial begins Monday", "Ministers meet on Thursday"). Verbs of state ("remains",
 * "faces") are not here: "is in hospital after being shot Monday" looks back.
 */
export const SCHEDULED_PRESENT_S = new Set([
  'begins',
  'opens',
  'reopens',
  'resumes',
  'meets',
  'convenes',
  'reconvenes',
  'arrives',
  'departs',
  'leaves',
  'travels',
  'heads',
  'flies',
  'sails',
  'goes',
  'comes',
  'returns',
  'starts',
  'ends',
  'closes',
  'expires',
  'concludes',
  'wraps',
  'kicks',
  'takes',
  'hosts',
  'visits',
  'votes',
  'testifies',
  'premieres',
  'airs',
  'debuts',
  'launches',
  'unveils',
  'gathers',
  'competes',
  'plays',
  'performs',
  'lands',
  'decides',
  'hears',
  'sentences',
]);

/** The same verbs in the plural ("Talks resume Thursday"), where the noun is rarer. */
export const SCHEDULED_PRESENT_BARE = new Set([
  'begin',
  'open',
  'reopen',
  'resume',
  'meet',
  'convene',
  'reconvene',
  'arrive',
  'depart',
  'leave',
  'travel',
  'head',
  'fly',
  'sail',
  'go',
  'come',
  'return',
  'kick',
  'close',
  'start',
  'end',
  'expire',
  'take',
  'host',
  'visit',
  'vote',
  'testify',
  'gather',
  'compete',
  'play',
  'perform',
  'land',
  'decide',
]);

/**
 * Verbs whose present progressive states a plan ("is leaving on Friday", "are holding
 * talks Monday"), unlike that of a process ("is recovering after surgery Monday").
 */
export const FUTURATE_PROGRESSIVE = new Set([
  'leaving',
  'meeting',
  'holding',
  'hosting',
  'visiting',
  'travelling',
  'traveling',
  'heading',
  'flying',
  'sailing',
  'coming',
  'arriving',
  'departing',
  'returning',
  'launching',
  'opening',
  'reopening',
  'releasing',
  'unveiling',
  'announcing',
  'publishing',
  'staging',
  'playing',
  'performing',
  'competing',
  'starting',
  'beginning',
  'resuming',
  'closing',
  'voting',
  'testifying',
  'appearing',
  'speaking',
  'moving',
  'taking',
  'expecting',
]);

/**
 * Participles that, with "in"/"by"/"at" and a date, state when something is expected
 * ("due in the autumn", "expected by June"); "postponed in March" dates the postponing.
 */
export const EXPECTATION = new Set(['due', 'expected', 'slated', 'scheduled']);

/** After a present auxiliary these state an expectation even without "to": "is due Friday". */
export const EXPECTED_STATE = new Set(['due', 'expected', 'scheduled', 'slated', 'planned']);

/** Adjectives in un-…-ed that are never past tenses: "on a still unspecified date". */
export const ADJECTIVE_UN_ED = new Set([
  'unspecified',
  'unnamed',
  'undisclosed',
  'unidentified',
  'unexpected',
  'unprecedented',
  'unarmed',
  'unmarked',
  'unscheduled',
  'unconfirmed',
  'unsolved',
  'unresolved',
  'unrelated',
  'unemployed',
  'undecided',
  'unopposed',
  'unchanged',
  'unlimited',
  'unauthorized',
  'unauthorised',
  'unfounded',
  'unregulated',
  'undocumented',
  'unvaccinated',
  'unrestricted',
  'unsecured',
  'unannounced',
  'unaudited',
  'unrealized',
  'unrealised',
]);

/** Words before a date that make it one still to come: "the upcoming vote on Sunday". */
export const AHEAD_MARKERS = new Set(['upcoming', 'forthcoming']);

/** Words before a plural present verb that show it has a subject: "They meet Monday". */
export const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i', 'both', 'who', 'which', 'that']);

/** Words in -s that are not plural nouns, so cannot be the subject of a plural verb. */
export const NOT_PLURAL_S = new Set([
  'this',
  'was',
  'has',
  'as',
  'its',
  'his',
  'hers',
  'is',
  'does',
  'always',
  'reportedly',
  'allegedly',
  'perhaps',
  'sometimes',
  'whereas',
  'besides',
  'towards',
  'afterwards',
  'unless',
  'thus',
  'plus',
  'us',
  'yes',
  'news',
]);

/**
 * Verbs whose past is spelt as the bare form ("The bank cut rates in December"): past
 * after a singular subject, which would take "cuts" in the present.
 */
export const BARE_FORM_PAST = new Set([
  'cut',
  'set',
  'let',
  'spread',
  'cost',
  'hurt',
  'beat',
  'cast',
  'shed',
  'split',
  'burst',
  'bid',
  'forecast',
  'broadcast',
]);

/** Subjects that take the third person singular: "it cut", "he set". */
export const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/** Verbs after which an -ed word is an adjective: "remain closed", "stayed shut". */
export const LINKING_VERBS = new Set([
  'remain',
  'remains',
  'remained',
  'stay',
  'stays',
  'stayed',
  'seem',
  'seems',
  'seemed',
  'become',
  'becomes',
  'became',
  'look',
  'looks',
  'looked',
  'feel',
  'feels',
  'felt',
  'keep',
  'keeps',
  'kept',
  'left',
]);

/** Adverbs that mark a schedule as since changed: "originally scheduled for Monday". */
export const SUPERSEDED = new Set(['originally', 'previously', 'initially', 'first']);

/** Words after which a word is a noun, not a verb: "the vote", "tax returns in April". */
export const BEFORE_NOUN = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'into',
  'about',
  'after',
  'before',
  'over',
  'under',
  'and',
  'or',
  'nor',
  'than',
  'new',
  'more',
  'many',
  'few',
  'several',
  'all',
  'other',
]);

/**
 * Verbs of publishing figures on a set day, read as a schedule in the simple present
 * ("The firm reports earnings on Thursday", "Banks release results Friday"). They are
 * as often nouns ("news reports on Monday said"), so they count as verbs only with an
 * object that a publisher issues (see `RELEASE_OBJECTS`).
 */
export const RELEASE_VERBS = new Set([
  'reports',
  'report',
  'releases',
  'release',
  'publishes',
  'publish',
  'posts',
  'post',
]);

/** What a firm or an agency issues on a set day: "reports earnings", "releases its data". */
export const RELEASE_OBJECTS = new Set([
  'its',
  'their',
  'earnings',
  'results',
  'figures',
  'data',
  'numbers',
  'profit',
  'profits',
  'sales',
  'revenue',
  'quarterly',
  'annual',
  'monthly',
  'weekly',
  'full',
  'first',
  'second',
  'third',
  'fourth',
  'fiscal',
  'inflation',
  'jobs',
  'employment',
  'retail',
  'trade',
]);

/**
 * Nouns of happenings nobody schedules (attacks, disasters): a date that modifies one
 * ("the Jan. 6 attack", "the Sept. 11 attacks") names one that has happened, whatever
 * the tense of the clause. Not "election" or "vote", which are set ahead of time.
 */
export const UNPLANNED_EVENT_NOUNS = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'shooting',
  'shootings',
  'stabbing',
  'riot',
  'riots',
  'insurrection',
  'massacre',
  'crash',
  'earthquake',
  'quake',
  'explosion',
  'blast',
  'killing',
  'killings',
  'murder',
  'murders',
  'raid',
  'invasion',
  'coup',
  'assault',
  'ambush',
  'derailment',
  'collapse',
  'disaster',
  'uprising',
  'hack',
  'breach',
  'outage',
  'tsunami',
  'landslide',
  'flood',
  'floods',
]);

/** Words of a market's move after "close"/"end": "Stocks end lower", "shares close up". */
export const MARKET_MOVES = new Set([
  'higher',
  'lower',
  'up',
  'down',
  'flat',
  'mixed',
  'sharply',
  'slightly',
  'firmer',
  'weaker',
  'stronger',
]);

/** Past verbs of demanding, whose weekday deadline lies ahead: "demanded a reply by Friday". */
export const DEMANDING_VERBS = new Set([
  ...DIRECTIVES,
  'demanded',
  'required',
  'requested',
  'gave',
]);
