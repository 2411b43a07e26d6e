import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/app.css';
import { BenchApp, benchParameters } from './ui/bench/BenchApp.tsx';

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
