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
import { afterFirstView } from '../lib/first-view';
import { whenIdle } from '../lib/after-paint';

// The first view's files are preloaded by index.html and are usually in by the time this
// module has run: waiting a moment for them lets React's first render draw the map, with
// no loading screen painted (and laid out) just before it. A slow network gets the loading
// screen after that moment.
void Promise.race([preloadFirstView(), new Promise((resolve) => setTimeout(resolve, 200))]).then(
  () =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
);

// After the first visit the whole app is cached, so it then runs with no network. A new
// version is announced, and applied only when the reader asks for it. Registered once the
// first view is shown and the page is idle: the worker's precaching downloads the whole
// app, and its registration (which fetches workbox-window) must not hold the first view back.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  afterFirstView(() =>
    whenIdle(() => {
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
    }),
  );
}
