import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/store';
import { t } from '../i18n/strings';
import './update-prompt.css';

type Update = { ready: boolean; apply: () => void };

let update: Update = { ready: false, apply: () => {} };
const listeners = new Set<() => void>();

/** Called by the service worker's registration when a new version has been installed. */
export function announceUpdate(apply: () => void): void {
  update = { ready: true, apply };
  listeners.forEach((l) => l());
}

function dismiss() {
  update = { ...update, ready: false };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A quiet line at the foot of the page when a new version of the app is ready. The new
 * version takes over only on "Reload" (every open tab then reloads on its URL, which holds
 * its view), so a tab never loses the code it runs on.
 */
export function UpdatePrompt() {
  const lang = useAppStore((s) => s.lang);
  const { ready, apply } = useSyncExternalStore(subscribe, () => update);
  if (!ready) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t(lang, 'updateReady')}</span>
      <button type="button" className="button" onClick={apply}>
        {t(lang, 'reload')}
      </button>
      <button type="button" className="link-button" onClick={dismiss}>
        {t(lang, 'later')}
      </button>
    </div>
  );
}
