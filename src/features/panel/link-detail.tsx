import type { Model } from '../../data/model';
import { linkEnds } from '../../data/model';
import type { Link } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { QuoteBlock } from './quote-block';
import { BasisBadge } from './basis-badge';
import { WithOriginals } from './lang-runs';
import { BriefingTag } from '../../components/briefing-tag';

/**
 * One cooperation link: its ends, its kind, whether the briefing states it or it is
 * background (with the source), and the verbatim evidence.
 */
export function LinkDetail({ model, link, lang }: { model: Model; link: Link; lang: Lang }) {
  const kind = model.bundle.kinds.find((k) => k.id === link.kind);
  const regions = [
    ...new Set([link.from, ...(link.via ?? []), link.to].map((end) => model.regionOf(end))),
  ].filter((r): r is string => r !== null);
  return (
    <>
      <p className="link-ends">
        <BriefingTag model={model} id={link.id} lang={lang} />
        {linkEnds(model, link, lang)}
      </p>
      <dl className="facts">
        <dt>{t(lang, 'basis')}</dt>
        <dd>
          <BasisBadge basis={link.basis} lang={lang} />
        </dd>
        <dt>{t(lang, 'kind')}</dt>
        <dd>{kind?.label[lang] ?? link.kind}</dd>
        <dt>
          {t(lang, 'directed')} / {t(lang, 'mutual')}
        </dt>
        <dd>{link.directed ? t(lang, 'directed') : t(lang, 'mutual')}</dd>
      </dl>
      {link.basis === 'background' && link.source && (
        <section className="background-source" data-basis-source>
          <h3>{t(lang, 'backgroundSource')}</h3>
          <p>{lang === 'en' ? <WithOriginals text={link.source.en} /> : link.source.zh}</p>
        </section>
      )}
      {link.evidence.length > 0 && (
        <h3>{t(lang, link.basis === 'stated' ? 'evidence' : 'shownInBriefing')}</h3>
      )}
      {link.evidence.map((e, i) => (
        <QuoteBlock
          key={i}
          model={model}
          lang={lang}
          quote={e.quote}
          en={e.en}
          paragraph={e.paragraph}
          speaker={e.speaker}
        />
      ))}
      <div className="button-row">
        {regions.map((region) => (
          <button
            key={region}
            type="button"
            className="button"
            data-go-region={region}
            onClick={() => appStore.getState().selectRegion(region)}
          >
            {t(lang, 'goTo')} {model.region(region)?.name[lang]}
          </button>
        ))}
      </div>
    </>
  );
}
