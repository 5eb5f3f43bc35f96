import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The preload (or the browser harness) defines window.pito before any page script runs.
if (!window.pito) throw new Error('window.pito is missing: the page was loaded without the Pito preload.');
createRoot(root).render(
  <StrictMode>
    <App bridge={window.pito} storage={window.localStorage} />
  </StrictMode>,
);
