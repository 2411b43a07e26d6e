import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';

/** Words, type and value of each expression, for a text read on `documentDate`. */
function read(text: string, documentDate = '2018-05-04'): string[] {
  return extractTimexes(text, { documentDate }).map((t) => `${t.span.text}=${t.type} ${t.value}`);
}

describe('expressions a narrative needs', () => {
  it('reads "X of that year" as one date in the year told before', () => {
    expect(read('The strike began in 1926. In May of that year the mines closed.')).toEqual([
      '1926=DATE 1926',
      'May of that year=DATE 1926-05',
    ]);
    expect(read('The port opened in 1887, and on June 3 of the same year a ship docked.')).toEqual([
      '1887=DATE 1887',
      'June 3 of the same year=DATE 1887-06-03',
    ]);
  });

  it('puts a part of the day named "of" a date into one TIME', () => {
    expect(read('The storm hit on the night of 14 October 1881.')).toEqual([
      'the night of 14 October 1881=TIME 1881-10-14TNI',
    ]);
    expect(read('Troops moved early in the morning of March 2, 1917.')).toEqual([
      'early in the morning of March 2, 1917=TIME 1917-03-02TMO',
    ]);
  });

  it('dates a bare season that names a campaign, or follows "in", by the story', () => {
    expect(
      read(
        'The war began in 1914. By 1915 the lines were fixed. ' +
          'In 1916 the army launched a summer offensive. Fighting paused in winter.',
      ),
    ).toEqual([
      '1914=DATE 1914',
      '1915=DATE 1915',
      '1916=DATE 1916',
      'summer=DATE 1916-SU',
      'winter=DATE 1916-WI',
    ]);
  });

  it('leaves "fall" as a verb or a drop alone', () => {
    expect(read('Prices may fall in 2019 after the fall in demand.')).toEqual(['2019=DATE 2019']);
  });

  it('tags night as a time of no one day where things are done by night', () => {
    expect(read('The convoy moved at night to avoid night raids.')).toEqual([
      'night=TIME XXXX-XX-XXTNI',
      'night=TIME XXXX-XX-XXTNI',
    ]);
  });

  it('does not read a march as the month', () => {
    expect(read('Veterans of the Long March met in 1950.')).toEqual(['1950=DATE 1950']);
    expect(read('Crowds cheered the "March to the Sea" in 1864.')).toEqual(['1864=DATE 1864']);
    expect(read('Little happened along the March.')).toEqual([]);
  });

  it('still reads the month after a cue or as a modifier', () => {
    expect(read('In March sales rose, and the March figures beat forecasts.')).toEqual([
      'March=DATE 2018-03',
      'March=DATE 2018-03',
    ]);
  });
});
