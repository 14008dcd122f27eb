import { useLayoutEffect, useRef } from 'react';
import { WIDE_ID, endpointName, type Model } from '../../data/model';
import type { Viewpoint } from '../../data/schema';
import type { GeoData } from '../../geo/geo';
import type { GeoView } from '../../geo/view';
import type { Lang } from '../../store/url-hash';
import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { creditLine, exportSvg } from './export-svg';
import { subjectOfSelection } from './map-subject';
import { sourceRef } from './source-ref';
import './print-handout.css';

export type PrintMode = 'handout' | 'map';

/** Map sizes in CSS pixels for the printable area of A4 (12 mm margins). */
const PRINT_SIZE: Record<PrintMode, { width: number; height: number }> = {
  handout: { width: 700, height: 520 },
  map: { width: 1000, height: 560 },
};

/** The printed page(s); see PrintHandout, which loads this after the first view. */
export function Handout({
  model,
  view,
  geo,
  mode,
}: {
  model: Model;
  view: GeoView;
  geo: GeoData;
  mode: PrintMode;
}) {
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const belt = useAppStore((s) => s.belt);
  const subject = subjectOfSelection(model, selection);
  const map = exportSvg({
    model,
    view,
    geo,
    lang,
    subject,
    size: PRINT_SIZE[mode],
    credit: false,
    belt,
  });
  const region = selection.region ? model.region(selection.region) : undefined;
  const link = selection.link ? model.link(selection.link) : undefined;
  const wide = selection.region === WIDE_ID;
  const heading = link
    ? link.label[lang]
    : region
      ? region.name[lang]
      : wide
        ? t(lang, 'wide')
        : t(lang, 'regions');
  // What the panel shows, as quotes: a link's evidence, a region's viewpoints, or (where no
  // speaker addressed the region) the editorial mentions of it.
  const viewpoints: Viewpoint[] = link
    ? []
    : region
      ? model.viewpointsOfRegion(region.id)
      : wide
        ? model.wideViewpoints
        : [];
  const quotes: { heading: string; items: Quote[] } | null = link
    ? {
        heading: t(lang, 'evidence'),
        items: link.evidence.map((e, i) => ({ id: `${link.id}-${i}`, ...e, en: null })),
      }
    : viewpoints.length
      ? { heading: t(lang, 'viewpoints'), items: viewpoints }
      : region
        ? {
            heading: t(lang, 'editorial'),
            items: model.bundle.mentions
              .filter((m) => m.subjects.includes(region.id))
              .map((m) => ({ ...m, speaker: null })),
          }
        : null;
  const links = link ? [link] : region ? model.linksOfRegion(region.id) : [];

  return (
    <div className="print-handout" data-print={mode} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <table className="print-layout">
        <thead>
          <tr>
            <td>
              <header className="print-header">
                <strong>{t(lang, 'appTitle')}</strong> · {model.bundle.briefing.title[lang]}
              </header>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h1 className="print-title">{heading}</h1>
              {region && !link && mode === 'handout' && (
                <p className="print-strategy">{region.strategy[lang]}</p>
              )}
              <PrintMap svg={map.svg} />
              {mode === 'handout' && (
                <>
                  {!region && !link && !wide && <RegionList model={model} lang={lang} />}
                  {quotes && quotes.items.length > 0 && (
                    <section className="print-section">
                      <h2>{quotes.heading}</h2>
                      {quotes.items.map((q) => (
                        <PrintQuote key={q.id} model={model} lang={lang} quote={q} />
                      ))}
                    </section>
                  )}
                  {links.length > 0 && <LinkTable model={model} lang={lang} links={links} />}
                </>
              )}
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <td>
              <div className="print-footer-space" />
            </td>
          </tr>
        </tfoot>
      </table>
      <footer className="print-credit">{creditLine(model, lang)}</footer>
    </div>
  );
}

/**
 * The map, inlined as SVG markup of our own making (every text in it escaped): parsed and
 * placed in a layout effect, so it is in the page before the print is laid out.
 */
function PrintMap({ svg }: { svg: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const failed = parsed.querySelector('parsererror') !== null;
    box.current?.replaceChildren(
      failed ? '⚠ map / 地图' : document.importNode(parsed.documentElement, true),
    );
  }, [svg]);
  return <div className="print-map" ref={box} />;
}

type Quote = {
  id: string;
  quote: string;
  en: string | null;
  speaker: string | null;
  paragraph: string;
};

function PrintQuote({ model, lang, quote: q }: { model: Model; lang: Lang; quote: Quote }) {
  const who = q.speaker ? model.speaker(q.speaker) : undefined;
  const sep = lang === 'zh' ? '，' : ', ';
  return (
    <figure className="print-quote" data-viewpoint={q.id}>
      {lang === 'en' && q.en && <blockquote lang="en">{q.en}</blockquote>}
      <blockquote lang="zh-CN" className={lang === 'en' && q.en ? 'original' : undefined}>
        {q.quote}
      </blockquote>
      <figcaption>
        {who && (
          <>
            <span className="print-speaker">{who.name[lang]}</span>
            {sep}
            {who.titles.map((x) => x[lang]).join(lang === 'zh' ? '；' : '; ')}
          </>
        )}
        <span className="print-ref">{sourceRef(model, lang, q.paragraph)}</span>
      </figcaption>
    </figure>
  );
}

function LinkTable({
  model,
  lang,
  links,
}: {
  model: Model;
  lang: Lang;
  links: ReturnType<Model['linksOfRegion']>;
}) {
  const kind = (id: string) => model.bundle.kinds.find((k) => k.id === id)?.label[lang] ?? id;
  return (
    <section className="print-section">
      <h2>{t(lang, 'links')}</h2>
      <table className="print-links">
        <thead>
          <tr>
            <th>{t(lang, 'linkFrom')}</th>
            <th>{t(lang, 'linkTo')}</th>
            <th>{t(lang, 'kind')}</th>
            <th>{t(lang, 'evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id} data-link={l.id}>
              <td>{endpointName(model, l.from, lang)}</td>
              <td>
                {l.directed ? '→ ' : '↔ '}
                {endpointName(model, l.to, lang)}
              </td>
              <td>{kind(l.kind)}</td>
              <td>
                {l.evidence.map((e, i) => (
                  <div key={i}>
                    {e.speaker && `${model.speaker(e.speaker)?.name[lang] ?? ''} · `}
                    {sourceRef(model, lang, e.paragraph)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RegionList({ model, lang }: { model: Model; lang: Lang }) {
  return (
    <section className="print-section">
      <h2>{t(lang, 'regions')}</h2>
      <table className="print-links print-regions">
        <thead>
          <tr>
            <th>{t(lang, 'regions')}</th>
            <th>{t(lang, 'regionStrategy')}</th>
            <th>{t(lang, 'viewpoints')}</th>
            <th>{t(lang, 'links')}</th>
          </tr>
        </thead>
        <tbody>
          {model.regions.map((r) => (
            <tr key={r.id} data-region={r.id}>
              <td>{r.name[lang]}</td>
              <td>{r.strategy[lang]}</td>
              <td>{model.viewpointsOfRegion(r.id).length}</td>
              <td>{model.linksOfRegion(r.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
