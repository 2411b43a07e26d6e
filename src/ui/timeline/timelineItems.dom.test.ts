// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../core/model/index.ts';
import { testEvent } from '../../app/state/testEvents.ts';
import { timelineItems } from './timelineItems.ts';

describe('timelineItems', () => {
  it('puts article text in as text, never as HTML', () => {
    const hostile: TimelineEvent = {
      ...testEvent('x', '2012-02-25'),
      title: '<img src=x onerror="alert(1)"> rally',
    };
    const [item] = timelineItems([hostile]);
    expect(item?.content.querySelector('img')).toBeNull();
    expect(item?.content.textContent).toBe('<img src=x onerror="alert(1)"> rally');
  });

  it('draws days as points, spans and months as ranges, and a planned event with its word', () => {
    const planned: TimelineEvent = { ...testEvent('p', '2012-03-24'), status: 'planned' };
    const items = timelineItems([
      testEvent('day', '2012-02-25'),
      testEvent('month', '2011-12'),
      testEvent('span', '2012-02-25', { end: '2012-03-11' }),
      testEvent('hours', '2012-02-25T12:00', { end: '2012-02-25T14:00', precision: 'minute' }),
      planned,
    ]);
    expect(items.map((i) => i.type)).toEqual(['point', 'range', 'range', 'point', 'point']);
    expect(items[1]?.end?.getMonth()).toBe(0); // December 2011 runs to 1 January 2012
    expect(items[4]?.content.textContent).toContain('Planned');
  });
});
