// The page's tokens and base first: every component's stylesheet comes after them.
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './error-boundary';
import { App, preloadFirstView } from './app';
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './update-prompt';

preloadFirstView();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// After the first visit the whole app is cached, so it then runs with no network. A new
// version is announced, and applied only when the reader asks for it. Registered at the
// window's load, not before the first view (its download would compete with the map's).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const updateSW = registerSW({
    immediate: false,
    onNeedRefresh: () =>
      announceUpdate(() => {
        // Reload once the new worker has taken this page (also on a first visit's page,
        // where Workbox's own reload does not fire).
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
          once: true,
        });
        void updateSW(true);
      }),
  });
}
