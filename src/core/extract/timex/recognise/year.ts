import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// A four-digit year 1000–2099, optionally "fiscal (year)" before it.
const PATTERN = /\b((?:[Ff]iscal|FY)(?: year)? )?((?:1[0-9]|20)\d\d)\b(?![,.]\d|%|-\d|:\d)/g;

/** Nouns that a number counts: "2000 people", "1500 miles". */
const COUNTED_NOUN =
  /^ (?:[a-z]+-)?(?:people|persons|men|women|children|students|troops|soldiers|members|workers|employees|jobs|cases|deaths|votes|shares|units|copies|cars|homes|houses|feet|foot|meters|metres|miles|kilometers|kilometres|tons|tonnes|barrels|dollars|euros|pounds|yen|percent|points|acres|pages|words|times|calories|degrees|rounds|residents|refugees|civilians|prisoners|protesters|demonstrators|delegates|passengers|visitors|users|customers|flights|vehicles|weapons|rockets|missiles|years?|months?|days?|hours?|minutes?)\b/;

/** Words before a number that make it a quantity: "about 2000", "than 1500". */
const QUANTITY_BEFORE =
  /\b(?:about|around|some|nearly|almost|over|than|only|just|approximately|roughly|least|most|another|additional|extra|with)\s$/i;

/**
 * Years on their own: "in 1998", "fiscal 1989", "the 2012 elections", "his 1996
 * campaign". A number is read as a year unless money or a count: "$1,999",
 * "2000 people", "about 1500" are declined.
 */
export const year: Recogniser = {
  name: 'year',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const before = text.slice(Math.max(0, start - 2), start);
      if (/[$£€#,.]$|\d[ ,]$/.test(before)) return undefined;
      if (m[1] === undefined) {
        const after = text.slice(end, end + 24);
        if (COUNTED_NOUN.test(after)) return undefined;
        // "with 2000 troops" is a count only when a noun follows; "by 2000." is a year.
        if (
          /^ [a-z]/.test(after) &&
          QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 16), start))
        )
          return undefined;
      }
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', year: Number(m[2]) },
        rule: 'year',
      };
    }),
};
