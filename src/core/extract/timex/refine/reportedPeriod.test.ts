import { describe, expect, it } from 'vitest';
import {
  type ReportedPeriods,
  fiscalRestated,
  noteReported,
  reportedPeriod,
} from './reportedPeriod.ts';

const past = {
  tense: 'past',
  reference: new Date(2013, 9, 30),
  fiscal: false,
  endingOn: false,
} as const;

describe('reportedPeriod', () => {
  it('gives the quarter reported last, and a half only where "period" allows it', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '2013-Q2', end: 10 }, past);
    noteReported(periods, { id: 't2', value: '2013-H1', end: 20 }, past);
    noteReported(periods, { id: 't3', value: '2013-06', end: 30 }, past);
    expect(reportedPeriod(periods, 'last', 'quarter', 'past')?.value).toBe('2013-Q2');
    expect(reportedPeriod(periods, 'last', 'period', 'past')?.value).toBe('2013-H1');
  });

  it('gives the latest in time of the quarters reported for "the latest quarter"', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '2013-Q3', end: 10 }, past);
    noteReported(periods, { id: 't2', value: '2013-Q2', end: 20 }, past);
    expect(reportedPeriod(periods, 'latest', 'quarter', 'past')?.value).toBe('2013-Q3');
    expect(reportedPeriod(periods, 'last', 'quarter', 'past')?.value).toBe('2013-Q2');
  });

  it('does not take a quarter spoken of ahead as the one reported, except ahead', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '2013-Q4', end: 10 }, { ...past, tense: 'future' });
    expect(reportedPeriod(periods, 'last', 'quarter', 'past')).toBeUndefined();
    expect(reportedPeriod(periods, 'last', 'quarter', 'future')?.value).toBe('2013-Q4');
  });

  it('takes a quarter not over by the document date as reported only when told in the past', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '2013-Q3', end: 10 }, past);
    noteReported(periods, { id: 't2', value: '2013-Q4', end: 20 }, { ...past, tense: 'present' });
    expect(reportedPeriod(periods, 'latest', 'quarter', 'past')?.value).toBe('2013-Q3');
    noteReported(periods, { id: 't3', value: '2013-Q4', end: 30 }, past);
    expect(reportedPeriod(periods, 'latest', 'quarter', 'past')?.value).toBe('2013-Q4');
  });

  it('keeps a fiscal quarter when "the quarter ended ..." restates it', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '1989-Q1', end: 10 }, { ...past, fiscal: true });
    expect(fiscalRestated(periods)?.id).toBe('t1');
    noteReported(periods, { id: 't2', value: '1989-Q3', end: 20 }, { ...past, endingOn: true });
    expect(reportedPeriod(periods, 'last', 'quarter', 'past')?.value).toBe('1989-Q1');
  });

  it('lets a calendar quarter named later replace the one before', () => {
    const periods: ReportedPeriods = {};
    noteReported(periods, { id: 't1', value: '1989-Q2', end: 10 }, past);
    expect(fiscalRestated(periods)).toBeUndefined();
    noteReported(periods, { id: 't2', value: '1989-Q3', end: 20 }, { ...past, endingOn: true });
    expect(reportedPeriod(periods, 'last', 'quarter', 'past')?.value).toBe('1989-Q3');
  });
});
