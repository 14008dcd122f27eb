import { useAppStore } from '../store/store';
import { t } from '../i18n/strings';
import './chunk-error.css';

/** An inline message for a part of the app whose code could not be loaded, with a Retry. */
export function ChunkError({ retry }: { retry: () => void }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="chunk-error" role="alert">
      <p>{t(lang, 'chunkFailed')}</p>
      <button type="button" className="button" onClick={retry}>
        {t(lang, 'retry')}
      </button>
    </div>
  );
}
