import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import corpus from 'virtual:corpus';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><pre>{JSON.stringify(corpus.articles.map(a => a.title), null, 2)}</pre></StrictMode>);
