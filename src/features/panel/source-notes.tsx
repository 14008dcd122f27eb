import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { WithOriginals } from './lang-runs';

/**
 * The notes on the printed source (misprints, ambiguities, merged names) for a paragraph:
 * all of them, or with `within`, only those about words inside that quote.
 */
export function SourceNotes({
  model,
  lang,
  paragraph,
  within,
}: {
  model: Model;
  lang: Lang;
  paragraph: string;
  within?: string;
}) {
  const notes = model.bundle.briefing.sourceNotes.filter(
    (n) => n.paragraph === paragraph && (within === undefined || within.includes(n.quote)),
  );
  if (!notes.length) return null;
  return (
    <aside className="source-notes" aria-label={t(lang, 'sourceNote')}>
      {notes.map((n) => (
        <p key={n.id} className="source-note" data-note={n.id}>
          <span className="source-note-label">{t(lang, 'sourceNote')}</span>{' '}
          {lang === 'en' ? <WithOriginals text={n.note.en} /> : n.note.zh}
        </p>
      ))}
    </aside>
  );
}
