import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';
import './styles.css';

const plek = document.getElementById('app');
if (plek) {
  createRoot(plek).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
