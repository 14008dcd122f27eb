import type { Model } from '../data/model';
import type { Lang } from '../store/url-hash';
import { t } from '../i18n/strings';
import './briefing-tag.css';

/**
 * In "all briefings", which briefing an item (a quote, a link, a row) comes from: a short
 * label (its issue, e.g. 2023/7), the full title on hover and for screen readers. Nothing
 * when one briefing is shown.
 */
export function BriefingTag({ model, id, lang }: { model: Model; id: string; lang: Lang }) {
  const entry = model.corpus?.of(id);
  if (!entry) return null;
  const full = `${t(lang, 'fromBriefing')} ${entry.date} ${entry.title[lang]}`;
  return (
    <span className="briefing-tag" data-briefing={entry.id} title={full}>
      <span aria-hidden="true">{entry.label}</span>
      <span className="sr-only">{full}</span>
    </span>
  );
}
