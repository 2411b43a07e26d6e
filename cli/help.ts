/** The text of `datelines --help`. */
export const HELP = `datelines: turn a news article into a chronology of its dated events

Usage:
  datelines extract FILE|- --published YYYY-MM-DD [--format FORMAT] [--title T] [--url U]
      Read an article (a text file, or stdin for -) published on the given day and print
      its events. FORMAT is json (a Datelines project, the default), timelinejs, csv or ics.
      --bom starts a CSV with a UTF-8 byte-order mark, for spreadsheets.
  datelines timeml IN|- [--out DIR] [--force]
      Tag the temporal expressions of a TimeML (TempEval-3) file, of TimeML on stdin (-),
      or of every .tml, .TE3input and .xml file in the directory IN, with TIMEX3. One file
      without --out goes to stdout; otherwise each is written to DIR under its name without
      .TE3input. No output ever replaces an input; files already in DIR only with --force.
  datelines batch [FILE|-] [--jobs N]
      Read NDJSON, one article a line ({"id", "text", "published": "YYYY-MM-DD", "title"?,
      "url"?}), and write one NDJSON line per input line, in input order: {"id", "events"}
      or {"id", "error"}. N worker threads (default: the cores available).
  datelines help | --help       Show this help.
  datelines --version           Show the version.

Input is UTF-8 or UTF-16 text; anything else is refused. --max-size SIZE (e.g. 50M) sets
the largest input (for batch: the largest line) read; the default is 10 MB, the largest
supported 2 GB. A long text is read in parts; memory is about 0.3 GB plus a few times the
input (a 50 MB article: about 0.55 GB).

Exit codes: 0 done, 1 internal error or output not written, 2 bad input or usage.
`;
