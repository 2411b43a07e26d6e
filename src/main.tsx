import './app/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/app.css';
import { Shell } from './ui/shell/Shell.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);
