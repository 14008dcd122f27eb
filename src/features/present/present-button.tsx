import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { startPresenting } from './before-presenting';

export function PresentButton() {
  const lang = useAppStore((s) => s.lang);
  const presenting = useAppStore((s) => s.step !== null);
  if (presenting) return null;
  return (
    <button type="button" className="button" onClick={() => startPresenting(0)}>
      {t(lang, 'present')}
    </button>
  );
}
