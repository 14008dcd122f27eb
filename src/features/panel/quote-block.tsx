import { useId, useState } from 'react';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { SourceParagraph } from './source-paragraph';
import { QuoteCite } from './quote-cite';
import { SourceNotes } from './source-notes';
import { BriefingTag } from '../../components/briefing-tag';
import { localId } from '../../data/corpus';

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
 * One verbatim quote: in Chinese, exactly as printed; in English, its English rendering with
 * the Chinese original one click away. Always with who said it (or which part of the
 * briefing it is from), notes on the printed source, and the whole paragraph on demand.
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
  const english = lang === 'en' && en !== null;
  return (
    <figure
      className={highlighted ? 'quote highlighted' : 'quote'}
      id={anchor}
      data-viewpoint={anchor}
    >
      {english ? (
        <>
          <blockquote lang="en">{en}</blockquote>
          <details className="original">
            <summary>{t(lang, 'chineseOriginal')}</summary>
            <blockquote lang="zh">{quote}</blockquote>
          </details>
        </>
      ) : (
        <blockquote lang="zh">{quote}</blockquote>
      )}
      <figcaption>
        <BriefingTag model={model} id={paragraph} lang={lang} />
        <QuoteCite model={model} lang={lang} paragraph={paragraph} speaker={speaker} />
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={sourceId}
          onClick={() => setOpen(!open)}
        >
          {open ? t(lang, 'hideSource') : t(lang, 'showInSource')} · {localId(paragraph)}
        </button>
      </figcaption>
      <SourceNotes model={model} lang={lang} paragraph={paragraph} within={quote} />
      <div id={sourceId} hidden={!open}>
        {open && (
          <>
            <SourceParagraph
              id={paragraph}
              text={model.paragraph(paragraph)}
              quote={quote}
              lang={lang}
            />
            <SourceNotes model={model} lang={lang} paragraph={paragraph} />
          </>
        )}
      </div>
    </figure>
  );
}
