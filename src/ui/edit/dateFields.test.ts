import { describe, expect, it } from 'vitest';
import { eventAt } from '../../core/project/testEvents.ts';
import { checkForm, formValuesOf } from './dateFields.ts';

const event = eventAt('e', 'a', 0, 'x', '2012-02-25');

describe('edit form values', () => {
  it('round-trips an event unchanged', () => {
    const check = checkForm(formValuesOf(event));
    expect(check).toEqual({
      ok: true,
      fields: { title: event.title, start: event.date.start, end: null, status: 'happened' },
    });
  });

  it('cuts the date to the precision chosen and adds a time of day', () => {
    const values = formValuesOf(event);
    const month = checkForm({ ...values, precision: 'month' });
    expect(month.ok && month.fields.start.value).toBe('2012-02');
    const timed = checkForm({ ...values, precision: 'minute', startTime: '14:30' });
    expect(timed.ok && timed.fields.start).toEqual({
      value: '2012-02-25T14:30',
      precision: 'minute',
      approximate: false,
    });
  });

  it('names each problem by its field', () => {
    const check = checkForm({
      ...formValuesOf(event),
      title: ' ',
      startDate: '2012-02-30',
      endDate: '',
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['startDate', 'title']);
    const backwards = checkForm({ ...formValuesOf(event), endDate: '2012-02-20' });
    expect(!backwards.ok && backwards.errors.endDate).toMatch(/before the start/);
  });
});
