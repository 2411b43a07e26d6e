import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/app.css';
import { BenchApp, benchParameters } from './ui/bench/BenchApp.tsx';
import { loadTimelineCanvas } from './ui/timeline/LazyTimelineCanvas.tsx';

// As the reader does: the drawing's chunk is fetched while the events are made and React
// puts up the page, not after that first render asks for it.
void loadTimelineCanvas();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
const parameters = benchParameters(window.location.search);
createRoot(root).render(
  <StrictMode>
    {typeof parameters === 'string' ? (
      <p role="alert">{parameters}</p>
    ) : (
      <BenchApp {...parameters} />
    )}
  </StrictMode>,
);
