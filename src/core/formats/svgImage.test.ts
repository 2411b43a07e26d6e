import { describe, expect, it } from 'vitest';
import { toSvgImage } from './svgImage.ts';
import { FIXTURE_EVENTS } from './testFixtures.ts';

const window = { start: new Date(2012, 1, 1), end: new Date(2012, 3, 1) };

describe('toSvgImage', () => {
  const image = toSvgImage({ title: 'Almaty <2012>', events: FIXTURE_EVENTS, window });

  it('draws the events inside the window and leaves out the others', () => {
    expect(image.svg).toContain('Police detain protesters');
    expect(image.svg).not.toContain('Unrest in Zhanaozen'); // December 2011
  });

  it('escapes every text, so event titles never become markup', () => {
    expect(image.svg).toContain('Almaty &lt;2012&gt;');
    expect(image.svg).toContain('Rally &lt;planned&gt; for March 24');
    expect(image.svg).not.toContain('<planned>');
  });

  it('labels the axis with weeks for a two-month window, with months for a two-year one', () => {
    expect(image.svg).toContain('>8 Feb<');
    expect(image.svg).toContain('>7 Mar<');
    const years = toSvgImage({
      title: 'x',
      events: FIXTURE_EVENTS,
      window: { start: new Date(2011, 0, 1), end: new Date(2013, 0, 1) },
    });
    expect(years.svg).toContain('>Apr 2011<');
    expect(years.svg).toContain('Unrest in Zhanaozen');
  });

  it('stacks overlapping labels on more rows, which makes the picture taller', () => {
    const one = toSvgImage({ title: 'x', events: FIXTURE_EVENTS.slice(0, 1), window });
    expect(image.height).toBeGreaterThan(one.height);
    expect(image.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
