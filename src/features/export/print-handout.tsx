import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { WIDE_ID, endpointName, type Model } from '../../data/model';
import type { Viewpoint } from '../../data/schema';
import type { GeoData } from '../map/geo';
import type { Lang } from '../../store/url-hash';
import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { sourceRef } from './source-ref';
import './print-handout.css';

type Mode = 'handout' | 'map';

/** Map sizes in CSS pixels for the printable area of A4 (12 mm margins). */
const PRINT_SIZE: Record<Mode, { width: number; height: number }> = {
  handout: { width: 700, height: 520 },
  map: { width: 1000, height: 560 },
};

/** Prints the map alone on an A4 landscape page: `data-print="map"` asks for it. */
export function printMap(): void {
  document.documentElement.dataset.print = 'map';
  window.print();
}

const requestedMode = (): Mode =>
  document.documentElement.dataset.print === 'map' ? 'map' : 'handout';

type Svg = typeof import('./export-svg');
type Subjects = typeof import('./map-subject');

/**
 * What is printed (the screen's app is hidden in print): an A4 hand-out of the selection
 * with a static map fitted to the printed area (the export's SVG, with the 南海诸岛 inset
 * and a legend strip), then the viewpoints and the links; or the map alone, landscape.
 * Built only when printing starts (`beforeprint`, or the print media query turning on),
 * so none of it costs anything on screen. The source credit is a fixed footer, which
 * Chromium repeats on every printed page.
 */
export function PrintHandout({ model, geo }: { model: Model; geo: GeoData }) {
  const [job, setJob] = useState<Mode | null>(null);
  const [modules, setModules] = useState<[Svg, Subjects] | null>(null);

  useEffect(() => {
    // Fetched after the first view: printing must draw synchronously.
    let live = true;
    void Promise.all([import('./export-svg'), import('./map-subject')]).then(
      (m) => live && setModules(m),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const start = () => flushSync(() => setJob(requestedMode()));
    const end = () => {
      delete document.documentElement.dataset.print;
      setJob(null);
    };
    const query = window.matchMedia('print');
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      query.removeEventListener('change', change);
    };
  }, []);

  if (!job || !modules) return null;
  return <Handout model={model} geo={geo} mode={job} modules={modules} />;
}

function Handout({
  model,
  geo,
  mode,
  modules: [{ exportSvg, creditLine }, { subjectOfSelection }],
}: {
  model: Model;
  geo: GeoData;
  mode: Mode;
  modules: [Svg, Subjects];
}) {
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const subject = subjectOfSelection(model, selection);
  const map = exportSvg({ model, geo, lang, subject, size: PRINT_SIZE[mode], credit: false });
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
