import type { Model } from '../../data/model';
import { endpointName } from '../../data/model';
import type { Link } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { QuoteBlock } from './quote-block';

/** One cooperation link: its ends, its kind and the verbatim evidence for it. */
export function LinkDetail({ model, link, lang }: { model: Model; link: Link; lang: Lang }) {
  const kind = model.bundle.kinds.find((k) => k.id === link.kind);
  const ends = [link.from, link.to];
  return (
    <>
      <p className="link-ends">
        {endpointName(model, link.from, lang)} {link.directed ? '→' : '↔'}{' '}
        {endpointName(model, link.to, lang)}
      </p>
      <dl className="facts">
        <dt>{t(lang, 'kind')}</dt>
        <dd>{kind?.label[lang] ?? link.kind}</dd>
        <dt>
          {t(lang, 'directed')} / {t(lang, 'mutual')}
        </dt>
        <dd>{link.directed ? t(lang, 'directed') : t(lang, 'mutual')}</dd>
      </dl>
      <h3>{t(lang, 'evidence')}</h3>
      {link.evidence.map((e, i) => (
        <QuoteBlock
          key={i}
          model={model}
          lang={lang}
          quote={e.quote}
          en={null}
          paragraph={e.paragraph}
          speaker={e.speaker}
        />
      ))}
      <div className="button-row">
        {ends.map((end) => {
          const region = model.regionOf(end);
          if (!region) return null;
          return (
            <button
              key={end}
              type="button"
              className="button"
              data-go-region={region}
              onClick={() => appStore.getState().selectRegion(region)}
            >
              {t(lang, 'goTo')} {model.region(region)?.name[lang]}
            </button>
          );
        })}
      </div>
    </>
  );
}
