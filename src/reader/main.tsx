import '../app/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/app.css';
import './reader.css';
import { readerOptions } from '../app/url/readerUrl.ts';
import { ReaderApp } from './ReaderApp.tsx';
import { EMBEDDED_TIMELINE_ID, loadTimeline } from './loadTimeline.ts';
import { reportHeight } from './heightReport.ts';
import { applyTheme } from './theme.ts';
import { loadTimelineCanvas } from '../ui/timeline/LazyTimelineCanvas.tsx';

// The drawing (vis-timeline: half the reader's code) is asked for at once, while the
// timeline is read and React puts up the title, the list and the details; it is drawn as
// soon as both are there. (reader.html preloads its chunk beside this one.)
void loadTimelineCanvas();

const options = readerOptions(window.location.search, window.location.hash);
applyTheme(options.theme);
const embedded = document.getElementById(EMBEDDED_TIMELINE_ID)?.textContent?.trim() || null;
// Read (inflated, fetched) before React's first render, not after it.
const timeline = loadTimeline(options, {
  pageUrl: window.location.href,
  embedded,
  fetch: (...args) => window.fetch(...args),
});
const load = () => timeline;

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <ReaderApp options={options} load={load} />
  </StrictMode>,
);
reportHeight();
