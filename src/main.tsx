// Entry point: mount the app with the corpus shell the build bundled (the views load the rest when they open).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import shell from 'virtual:corpus/shell';
// The shared sheets first: each view's own sheet, imported by the view, must come after them in the cascade.
import './styles/index.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App shell={shell} />
    </StrictMode>,
  );
}
