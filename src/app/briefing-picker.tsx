import briefings from 'virtual:briefings';
import { useAppStore } from '../store/store';
import { t } from '../i18n/strings';

/**
 * The briefing in view, as a choice: shown only when more than one briefing is bundled.
 * Choosing one puts it in the URL (`#briefing=<id>`, a history entry) and reloads the
 * page, so the new briefing starts from a clean selection and view.
 */
export function BriefingPicker({ current }: { current: string }) {
  const lang = useAppStore((s) => s.lang);
  if (briefings.length < 2) return null;
  const choose = (id: string) => {
    if (id === current) return;
    const langPart = lang === 'zh' ? '' : `&lang=${lang}`;
    history.pushState(null, '', `#briefing=${id}${langPart}`);
    location.reload();
  };
  return (
    <label className="briefing-picker">
      <span className="briefing-picker-label">{t(lang, 'briefing')}</span>
      <select value={current} onChange={(e) => choose(e.target.value)}>
        {briefings.map((b) => (
          <option key={b.id} value={b.id} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {b.date} {b.title[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
