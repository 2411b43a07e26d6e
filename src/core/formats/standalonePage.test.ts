import { describe, expect, it } from 'vitest';
import { projectOfArticle } from './exportInput.ts';
import { readerTimelineFromProject } from './readerLink.ts';
import { fillStandaloneTemplate } from './standalonePage.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from './testFixtures.ts';

const TEMPLATE = `<!doctype html><html><head><title>Timeline · Datelines</title>
<script type="module">run()</script></head><body><div id="root"></div>
<script type="application/json" id="datelines-timeline"></script></body></html>`;

const timeline = readerTimelineFromProject(
  projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty </title><script>alert(1)</script>'),
);

/** The JSON in the data element, as the reader reads it (textContent). */
function inlined(html: string): unknown {
  const match = /id="datelines-timeline">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match?.[1] ?? 'null');
}

describe('fillStandaloneTemplate', () => {
  it('inlines the timeline, which reads back whole', () => {
    expect(inlined(fillStandaloneTemplate(TEMPLATE, timeline))).toEqual(timeline);
  });

  it('never lets text from the timeline close the script or title it sits in', () => {
    const html = fillStandaloneTemplate(TEMPLATE, timeline);
    // The fixtures quote "<script>alert(1)</script>"; the title tries to close <title>.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain(
      '<title>Almaty &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Datelines</title>',
    );
  });

  it('keeps the template’s code untouched', () => {
    expect(fillStandaloneTemplate(TEMPLATE, timeline)).toContain(
      '<script type="module">run()</script>',
    );
  });

  it('says clearly when the template is not the built one', () => {
    expect(() => fillStandaloneTemplate('<!doctype html><div id="root"></div>', timeline)).toThrow(
      /built app/,
    );
  });
});
