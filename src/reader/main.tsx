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

// The drawing (vis-timeline, moment: half the reader's code) is asked for at once, while
// React puts up the title, the list and the details; it is drawn as soon as it arrives.
void import('../ui/timeline/TimelineCanvas.tsx');

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
