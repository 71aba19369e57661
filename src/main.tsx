// Entry point: mount the app (it loads the corpus shell, and each view the corpus parts it reads, when needed).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared sheets first: each view's own sheet, imported by the view, must come after them in the cascade.
import './styles/index.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
