import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/tokens.css';
import './ui/base.css';
import { App } from './app/App';
import { loadFirstLanguage } from './i18n/I18nProvider';
import { registerServiceWorker } from './service-worker/register-service-worker';

// index.html's painted mark stays until the reader's language has arrived: no flash of another language.
void loadFirstLanguage().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
