/**
 * The English lexicon: every English word list the engine reads, in one place, so
 * that another language can add its own lexicon beside this one.
 *
 * - `functionWords.ts`: determiners, pronouns, modals, verbs of reporting, abbreviations;
 * - `verbs.ts`: verb groups, their tense and what they plan or schedule;
 * - `clauseWords.ts`: the words of a clause's verb group and subject;
 * - `time.ts`: words of time (months, weekdays, counts, units) and their patterns;
 * - `events.ts`: nouns and verbs that name happenings;
 * - `spans.ts`: words that make a date one end of a span, an open start or a deadline;
 * - `eventWords.ts`: the small words the event builder reads around a date (offsets,
 *   connectives, continuations, title words);
 * - `dateLinks.ts`: words that join a date to another (range ends, "on", "ended");
 * - `partsOfDay.ts`: the parts of the day ("morning", "night");
 * - `relativeWords.ts`: words that pick an occurrence of a named day ("last Friday");
 * - `titles.ts`: names that hold a date word without dating anything ("The Sunday Times");
 * - `notDates.ts`: words around a date word that show it dates nothing ("an overnight stay");
 * - `seasons.ts`: the seasons and the words that make one a date ("that winter");
 * - `holidays.ts`: holiday names ("Thanksgiving", "Boxing Day");
 * - `recurrence.ts`: words of a recurring time ("weekly", "twice a week", "every July");
 * - `periods.ts`: quarters, halves and fiscal years, and the period a year before ("the year-ago quarter");
 * - `modifiers.ts`: words that qualify a date or a length ("the end of", "about", "or so");
 * - `lengths.ts`: words around a length of time ("the past two weeks", "for some time");
 * - `names.ts`: words that show a month word is a name or a noun ("Theresa May said", "the Long March");
 * - `vagueRefs.ts`: vague references to the present, past or future ("now", "recently");
 * - `clock.ts`: words of clock times ("noon", "Eastern Time", "2100 hours");
 * - `morphology.ts`: the shapes of English words (plural "-s", past "-ed", "-ly", "-ing").
 */
export * from './functionWords.ts';
export * from './verbs.ts';
export * from './clauseWords.ts';
export * from './time.ts';
export * from './events.ts';
export * from './spans.ts';
export * from './eventWords.ts';
export * from './morphology.ts';
export * from './dateLinks.ts';
export * from './partsOfDay.ts';
export * from './relativeWords.ts';
export * from './titles.ts';
export * from './notDates.ts';
export * from './seasons.ts';
export * from './holidays.ts';
export * from './recurrence.ts';
export * from './periods.ts';
export * from './modifiers.ts';
export * from './lengths.ts';
export * from './names.ts';
export * from './vagueRefs.ts';
export * from './clock.ts';
