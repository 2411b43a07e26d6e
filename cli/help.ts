/** The text of `datelines --help`. */
export const HELP = `datelines: turn a news article into a chronology of its dated events

Usage:
  datelines extract FILE|- --published YYYY-MM-DD [--format FORMAT] [--title T] [--url U]
      Read an article (a text file, or stdin for -) published on the given day and print
      its events. FORMAT is json (a Datelines project, the default), timelinejs, csv or ics.
  datelines timeml IN [--out DIR]
      Tag the temporal expressions of a TimeML (TempEval-3) file, or of every .tml,
      .TE3input and .xml file in the directory IN, with TIMEX3. One file without --out
      goes to stdout; otherwise each is written to DIR under its name without .TE3input.
  datelines help | --help       Show this help.
  datelines --version           Show the version.

Exit codes: 0 done, 1 internal error, 2 bad input or usage.
`;
