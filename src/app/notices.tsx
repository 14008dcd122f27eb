import { useEffect, useSyncExternalStore } from 'react';
import { appStore, useAppStore } from '../store/store';
import { t } from '../i18n/strings';
import { sanitizeForDisplay } from '../store/url-hash';
import './notices.css';

const NOTICE_MS = 12000;
/** At most this many notices on screen, the newest (one on a phone); the rest are counted. */
export const MAX_SHOWN = 3;
const NARROW = '(max-width: 600px)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => matchMedia(NARROW).matches,
  );
}
/** A notice longer than this is cut: a notice is a line or two, never a page. */
export const MAX_NOTICE_CHARS = 240;

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
  const narrow = useNarrow();
  const shown = notices.slice(-(narrow ? 1 : MAX_SHOWN));
  const more = notices.length - shown.length;
  return (
    <div className="notices" role="status" aria-live="polite">
      {shown.map((n) => (
        <p key={n.id} className="notice">
          <span className="notice-text">{sanitizeForDisplay(n.text[lang], MAX_NOTICE_CHARS)}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => appStore.getState().dismissNotice(n.id)}
          >
            {t(lang, 'dismiss')}
          </button>
        </p>
      ))}
      {more > 0 && (
        <p className="notice notice-more">
          <span>
            {lang === 'zh'
              ? `另有 ${more.toLocaleString('en-US')} 条较早的提示`
              : `and ${more.toLocaleString('en-US')} more`}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => notices.forEach((n) => appStore.getState().dismissNotice(n.id))}
          >
            {t(lang, 'dismissAll')}
          </button>
        </p>
      )}
    </div>
  );
}
