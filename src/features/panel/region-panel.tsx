import { useEffect, useRef } from 'react';
import type { Model } from '../../data/model';
import { WIDE_ID } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { ViewpointList } from './viewpoint-list';
import { LinkList } from './link-list';
import { PlaceList } from './place-list';
import { LinkDetail } from './link-detail';
import { QuoteBlock } from './quote-block';
import './panel.css';

/**
 * The side panel: what the speakers said about the selected region, or the evidence of
 * the selected link. Focus moves in when it opens and back to where it was on close.
 */
export function RegionPanel({ model }: { model: Model }) {
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = Boolean(selection.region || selection.link);
  const key = `${selection.region}/${selection.link}`;

  useEffect(() => {
    if (!open) {
      returnFocus.current?.focus();
      returnFocus.current = null;
      return;
    }
    if (
      !returnFocus.current &&
      document.activeElement instanceof HTMLElement &&
      !document.activeElement.closest('.panel')
    ) {
      returnFocus.current = document.activeElement;
    }
    if (!selection.viewpoint) headingRef.current?.focus();
  }, [open, key, selection.viewpoint]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && appStore.getState().step === null)
        appStore.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;
  const link = selection.link ? model.link(selection.link) : undefined;
  const regionId = selection.region;
  const region = regionId && regionId !== WIDE_ID ? model.region(regionId) : undefined;
  const title = link
    ? link.label[lang]
    : region
      ? (region.fullName ?? region.name)[lang]
      : t(lang, 'wide');

  return (
    <aside
      className="panel"
      data-map-obstacle
      aria-labelledby="panel-heading"
      data-panel-for={link ? `link:${link.id}` : regionId}
    >
      <header className="panel-header">
        <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t(lang, 'close')}
          onClick={() => appStore.getState().clearSelection()}
        >
          ×
        </button>
      </header>
      <div className="panel-body">
        {link ? (
          <>
            <LinkDetail model={model} link={link} lang={lang} />
            {regionId && (
              <button
                type="button"
                className="link-button back"
                onClick={() => appStore.getState().selectLink(null)}
              >
                ← {t(lang, 'backToRegion')}
              </button>
            )}
          </>
        ) : region ? (
          <RegionBody model={model} regionId={region.id} />
        ) : (
          <>
            <p className="strategy">{t(lang, 'wideStrategy')}</p>
            <ViewpointList
              model={model}
              viewpoints={model.wideViewpoints}
              lang={lang}
              focus={selection.viewpoint}
            />
          </>
        )}
      </div>
    </aside>
  );
}

function RegionBody({ model, regionId }: { model: Model; regionId: string }) {
  const lang = useAppStore((s) => s.lang);
  const focus = useAppStore((s) => s.selection.viewpoint);
  const region = model.region(regionId)!;
  const viewpoints = model.viewpointsOfRegion(regionId);
  const mentions = model.bundle.mentions.filter((m) => m.subjects.includes(regionId));
  const links = model.linksOfRegion(regionId);
  const places = model.placesOfRegion(regionId);
  return (
    <>
      <p className="strategy">{region.strategy[lang]}</p>
      {region.note && <p className="region-note">{region.note[lang]}</p>}
      {viewpoints.length === 0 && (
        <p className="no-speaker" role="note">
          {t(lang, 'noSpeaker')}
        </p>
      )}
      <ViewpointList model={model} viewpoints={viewpoints} lang={lang} focus={focus} />
      {mentions.length > 0 && (
        <section className="panel-section">
          <h3>{t(lang, 'editorial')}</h3>
          {mentions.map((m) => (
            <QuoteBlock
              key={m.id}
              model={model}
              lang={lang}
              quote={m.quote}
              en={m.en}
              paragraph={m.paragraph}
              speaker={null}
            />
          ))}
        </section>
      )}
      {places.length > 0 && (
        <section className="panel-section">
          <h3>{t(lang, 'places')}</h3>
          <PlaceList model={model} places={places} lang={lang} />
        </section>
      )}
      <section className="panel-section">
        <h3>{t(lang, 'links')}</h3>
        {links.length ? (
          <LinkList model={model} links={links} lang={lang} />
        ) : (
          <p>{t(lang, 'noLinks')}</p>
        )}
      </section>
    </>
  );
}
