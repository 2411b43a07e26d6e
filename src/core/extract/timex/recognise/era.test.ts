import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';
import { era } from './era.ts';
import { found } from '../testing.ts';

/** Words and values of the whole engine, for a text read in 2015. */
function read(text: string): string[] {
  return extractTimexes(text, { documentDate: '2015-06-01' }).map(
    (t) => `${t.span.text}=${t.value}`,
  );
}

describe('era', () => {
  it('writes a year before the common era as TimeML does', () => {
    expect(found(era, 'The temple burned in 586 BC.').map((c) => c.words)).toEqual(['586 BC']);
    expect(read('The temple burned in 586 BC.')).toEqual(['586 BC=BC0586']);
  });

  it('gives both ends of a range the era named after the second', () => {
    expect(read('The siege lasted from 415 to 413 BC.')).toEqual(['415=BC0415', '413 BC=BC0413']);
    expect(read('The revolt (372–370 BCE) failed.')).toEqual(['372=BC0372', '370 BCE=BC0370']);
  });

  it('keeps "ca." with the year it qualifies', () => {
    expect(read('The poem was written ca. 700 BC.')).toEqual(['ca. 700 BC=BC0700']);
  });

  it('reads BC decades and centuries by their leading digits', () => {
    expect(read('Trade grew during the 350s BC and in the 5th century BC.')).toEqual([
      'the 350s BC=BC035',
      'the 5th century BC=BC04',
    ]);
  });

  it('reads a year after AD as a year of the common era', () => {
    expect(read('The wall was begun in AD 122.')).toEqual(['AD 122=0122']);
  });

  it('joins a month or season to a BC year', () => {
    expect(read('The army crossed in May 334 BC and wintered in the winter of 333 BC.')).toEqual([
      'May 334 BC=BC0334-05',
      'the winter of 333 BC=BC0333-WI',
    ]);
  });

  it('counts "the following year" forward from a BC year', () => {
    expect(read('Athens fell in 404 BC. The following year the walls were rebuilt.')).toEqual([
      '404 BC=BC0404',
      'The following year=BC0403',
    ]);
  });

  it('takes no money for a year', () => {
    expect(found(era, 'It cost $300 AD funds.')).toEqual([]);
  });
});
