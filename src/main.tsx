// Entry point: mount the app with the corpus the build bundled.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import corpus from 'virtual:corpus';
import { App } from './app/App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App corpus={corpus} />
    </StrictMode>,
  );
}
