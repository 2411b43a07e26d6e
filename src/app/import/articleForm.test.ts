import { describe, expect, it } from 'vitest';
import { checkArticleForm, titleFromText } from './articleForm.ts';

const today = '2026-12-01';
const values = {
  text: 'Police arrested 12 people on Monday.',
  title: '',
  sourceUrl: '',
  publishedOn: '',
};

describe('checkArticleForm', () => {
  it('refuses empty and whitespace-only text', () => {
    for (const text of ['', '   \n\t  ']) {
      const check = checkArticleForm({ ...values, text }, today);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.errors.text).toMatch(/The article text is empty/);
    }
  });

  it('reads against today, flagged, when no date is given', () => {
    const check = checkArticleForm(values, today);
    expect(check.ok && check.article).toMatchObject({
      publishedOn: today,
      publishedOnGiven: false,
    });
  });

  it('refuses an impossible date against its field', () => {
    const check = checkArticleForm({ ...values, publishedOn: '2012-02-31' }, today);
    expect(!check.ok && check.errors).toEqual({
      publishedOn: expect.stringContaining('not a calendar date') as unknown,
    });
  });

  it('refuses an address that is not a web address (no javascript: links)', () => {
    const check = checkArticleForm({ ...values, sourceUrl: 'javascript:alert(1)' }, today);
    expect(!check.ok && check.errors.sourceUrl).toMatch(/https:\/\//);
  });

  it('gives a checked article with a title from the text when none is typed', () => {
    const check = checkArticleForm(
      { ...values, publishedOn: '2012-02-27', sourceUrl: ' https://x.test/a ' },
      today,
    );
    expect(check).toEqual({
      ok: true,
      article: {
        text: values.text,
        title: values.text,
        sourceUrl: 'https://x.test/a',
        publishedOn: '2012-02-27',
        publishedOnGiven: true,
      },
    });
  });
});

describe('titleFromText', () => {
  it('cuts a long first line at a word', () => {
    const title = titleFromText(`${'word '.repeat(30)}\nsecond`);
    expect(title.length).toBeLessThanOrEqual(81);
    expect(title.endsWith('word…')).toBe(true);
  });
});
