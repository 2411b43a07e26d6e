import { IsoDaySchema } from '../../core/model/index.ts';

export type PublicationDateCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * Checks what the user typed as the publication date. The engine reads every relative
 * date against it, so only a real calendar day with a four-digit year is accepted.
 *
 * @example checkPublicationDate('2012-02-27') // { ok: true, value: '2012-02-27' }
 * @example checkPublicationDate('') // { ok: false, message: 'Enter a complete publication date: ...' }
 */
export function checkPublicationDate(input: string): PublicationDateCheck {
  const value = input.trim();
  if (value === '') {
    return { ok: false, message: 'Enter a complete publication date: day, month and year.' };
  }
  // A date field passes intermediate years such as 0002 while someone types "2012".
  if (!IsoDaySchema.safeParse(value).success || Number(value.slice(0, 4)) < 1000) {
    return {
      ok: false,
      message: `“${value}” is not a calendar date. Use a day such as 2012-02-27.`,
    };
  }
  return { ok: true, value };
}
