import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { localId } from '../../data/corpus';

/** A whole paragraph of the briefing with the quoted words marked. Text only, never HTML. */
export function SourceParagraph({
  id,
  text,
  quote,
  lang,
}: {
  id: string;
  text: string;
  quote: string;
  lang: Lang;
}) {
  const at = text.indexOf(quote);
  return (
    <div className="source-paragraph" data-paragraph={id}>
      <p className="source-ref">
        {t(lang, 'paragraph')} {localId(id)}
      </p>
      <p lang="zh">
        {at < 0 ? (
          text
        ) : (
          <>
            {text.slice(0, at)}
            <mark>{quote}</mark>
            {text.slice(at + quote.length)}
          </>
        )}
      </p>
    </div>
  );
}
