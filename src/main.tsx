// Entry point: mount the app with the corpus shell the build bundled (the views load the rest when they open).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import shell from 'virtual:corpus/shell';
import { App } from './app/App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App shell={shell} />
    </StrictMode>,
  );
}
