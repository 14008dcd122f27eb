import { useId, useState } from 'react';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { SourceParagraph } from './source-paragraph';

type Props = {
  model: Model;
  lang: Lang;
  quote: string;
  en: string | null;
  paragraph: string;
  speaker: string | null;
  highlighted?: boolean;
  anchor?: string;
};

/**
 * One verbatim quote: the Chinese exactly as printed (with the English rendering first
 * in English mode), who said it, and the paragraph it comes from on demand.
 */
export function QuoteBlock({
  model,
  lang,
  quote,
  en,
  paragraph,
  speaker,
  highlighted,
  anchor,
}: Props) {
  const [open, setOpen] = useState(false);
  const sourceId = useId();
  const who = speaker ? model.speaker(speaker) : undefined;
  return (
    <figure
      className={highlighted ? 'quote highlighted' : 'quote'}
      id={anchor}
      data-viewpoint={anchor}
    >
      {lang === 'en' && en && <blockquote lang="en">{en}</blockquote>}
      <blockquote lang="zh" className={lang === 'en' ? 'original' : undefined}>
        {quote}
      </blockquote>
      <figcaption>
        {who && (
          <cite>
            <span className="speaker-name">{who.name[lang]}</span>
            <span className="speaker-title">{who.titles.map((x) => x[lang]).join('；')}</span>
          </cite>
        )}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={sourceId}
          onClick={() => setOpen(!open)}
        >
          {open ? t(lang, 'hideSource') : t(lang, 'showInSource')} · {paragraph}
        </button>
      </figcaption>
      <div id={sourceId} hidden={!open}>
        {open && (
          <SourceParagraph
            id={paragraph}
            text={model.paragraph(paragraph)}
            quote={quote}
            lang={lang}
          />
        )}
      </div>
    </figure>
  );
}
