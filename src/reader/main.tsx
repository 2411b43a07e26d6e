import '../app/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/app.css';
import './reader.css';
// Loaded with the page, not after it: the timeline is what a reader came for, so
// vis-timeline downloads beside React instead of after the first render.
import '../ui/timeline/TimelineCanvas.tsx';
import { readerOptions } from '../app/url/readerUrl.ts';
import { ReaderApp } from './ReaderApp.tsx';
import { EMBEDDED_TIMELINE_ID, loadTimeline } from './loadTimeline.ts';
import { reportHeight } from './heightReport.ts';
import { applyTheme } from './theme.ts';

const options = readerOptions(window.location.search, window.location.hash);
applyTheme(options.theme);
const embedded = document.getElementById(EMBEDDED_TIMELINE_ID)?.textContent?.trim() || null;
const load = () =>
  loadTimeline(options, {
    pageUrl: window.location.href,
    embedded,
    fetch: (...args) => window.fetch(...args),
  });

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <ReaderApp options={options} load={load} />
  </StrictMode>,
);
reportHeight();
