import { useEffect } from 'react';
import { appStore, useAppStore } from '../store/store';
import { t } from '../i18n/strings';

const NOTICE_MS = 12000;

/** Quiet, dismissible messages: a bad link in the URL, a feature that fell back. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    const timers = notices.map((n) =>
      setTimeout(() => appStore.getState().dismissNotice(n.id), NOTICE_MS),
    );
    return () => timers.forEach(clearTimeout);
  }, [notices]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text[lang]}
          <button
            type="button"
            className="link-button"
            onClick={() => appStore.getState().dismissNotice(n.id)}
          >
            {t(lang, 'dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
