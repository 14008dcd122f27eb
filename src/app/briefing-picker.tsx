import briefings from 'virtual:briefings';
import { useAppStore } from '../store/store';
import { t } from '../i18n/strings';
import { ALL_BRIEFINGS } from '../data/corpus';
import type { Pending } from '../data/use-app-data';
import './briefing-picker.css';

/**
 * The briefing in view, as a choice: shown only when more than one briefing is bundled,
 * with "all briefings" first. Choosing one fetches it (the current one stays on screen,
 * with the progress beside the picker) and then shows it; the URL names it
 * (`#briefing=<id>` or `#briefing=all`, a history entry).
 */
export function BriefingPicker({
  current,
  pending,
  choose,
}: {
  current: string;
  pending: Pending | null;
  choose: (briefing: string) => void;
}) {
  const lang = useAppStore((s) => s.lang);
  if (briefings.length < 2) return null;
  const optionLang = lang === 'zh' ? 'zh-CN' : 'en';
  return (
    <div className="briefing-picker-row">
      <label className="briefing-picker">
        <span className="briefing-picker-label">{t(lang, 'briefing')}</span>
        <select
          value={pending?.briefing ?? current}
          aria-busy={pending ? true : undefined}
          onChange={(e) => {
            if (e.target.value !== current || pending) choose(e.target.value);
          }}
        >
          <option value={ALL_BRIEFINGS} lang={optionLang}>
            {t(lang, 'allBriefings')} ({briefings.length})
          </option>
          {briefings.map((b) => (
            <option key={b.id} value={b.id} lang={optionLang}>
              {b.date} {b.title[lang]}
            </option>
          ))}
        </select>
      </label>
      {pending && (
        <span className="briefing-picker-status" role="status" data-loading={pending.briefing}>
          <span className="briefing-spinner" aria-hidden="true" />
          {t(lang, 'loadingBriefings')} {pending.done}/{pending.total}
        </span>
      )}
    </div>
  );
}
