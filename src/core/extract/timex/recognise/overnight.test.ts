import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { overnight } from './overnight.ts';

describe('overnight', () => {
  it('reads "overnight" as the night before the report, or the coming one', () => {
    const [past] = found(overnight, 'Overnight, missiles struck the city.');
    expect(past).toMatchObject({
      words: 'Overnight',
      type: 'TIME',
      meaning: { kind: 'relative', unit: 'day', offset: -1, partOfDay: 'NI' },
    });
    const [future] = found(overnight, 'Crews will work overnight to fix it.');
    expect(future?.meaning).toMatchObject({ offset: 0, partOfDay: 'NI' });
  });

  it('leaves the adjective and the idiom', () => {
    expect(
      found(
        overnight,
        'He became an overnight success. The overnight rate rose. It changed almost overnight and will not happen overnight.',
      ),
    ).toEqual([]);
  });

  it('reads "overnight" before a day as that day\'s night, whole', () => {
    const hits = found(
      overnight,
      "Storms hit overnight Tuesday, and overnight into Friday. Overnight Sunday's rain fell.",
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['overnight Tuesday', { kind: 'calendar', weekday: 2, partOfDay: 'NI' }],
      ['Overnight Sunday', { kind: 'calendar', weekday: 0, partOfDay: 'NI' }],
    ]);
  });
});
