import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../data/model';
import type { GeoView } from '../../geo/view';
import { regionLabelPoints } from '../../geo/map-layers';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { LinksTable } from './links-table';
import { RegionMatrix } from './region-matrix';
import { DataMenu } from './data-menu';
import './network-view.css';

/**
 * The network view beside the map (store `overview`, URL `&overview=`): the links table or
 * the region matrix, the data menu, and — while a region or link is selected — a
 * "details" switch that shows the region panel under this view's header.
 */
export default function NetworkView({ model, geo }: { model: Model; geo: GeoView }) {
  const lang = useAppStore((s) => s.lang);
  const overview = useAppStore((s) => s.overview);
  const panelOpen = useAppStore((s) => Boolean(s.selection.region || s.selection.link));
  const [details, setDetails] = useState(false);
  const labels = useMemo(() => regionLabelPoints(geo), [geo]);

  // A region chosen on the map or in the legend opens its details; a link chosen in the
  // table stays in the table, marked there and on the map.
  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.selection.region && s.selection.region !== prev.selection.region && !s.selection.link)
          setDetails(true);
      }),
    [],
  );

  const tab = overview ? (details && panelOpen ? 'details' : overview) : null;
  // The app's layout follows the open tab (network-view.css): an attribute on `.app`, not a
  // `:has()` rule, so a change inside the table does not restyle the whole app.
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const app = ref.current?.closest<HTMLElement>('.app');
    if (!app || !tab) return;
    app.dataset.network = tab;
    return () => {
      delete app.dataset.network;
    };
  }, [tab]);

  if (!overview || !tab) return null;
  const show = (next: 'links' | 'matrix') => {
    setDetails(false);
    appStore.getState().setOverview(next);
  };

  return (
    <aside
      ref={ref}
      className="network-view"
      data-tab={tab}
      data-map-obstacle=""
      aria-labelledby="network-heading"
    >
      <header className="network-header">
        <h2 id="network-heading" className="sr-only">
          {t(lang, 'networkView')}
        </h2>
        <div className="network-tabs" role="group" aria-label={t(lang, 'networkView')}>
          {panelOpen && (
            <button
              type="button"
              className="network-tab"
              data-tab="details"
              aria-pressed={tab === 'details'}
              onClick={() => setDetails(true)}
            >
              {t(lang, 'details')}
            </button>
          )}
          <button
            type="button"
            className="network-tab"
            data-tab="links"
            aria-pressed={tab === 'links'}
            onClick={() => show('links')}
          >
            {t(lang, 'linksTable')}
          </button>
          <button
            type="button"
            className="network-tab"
            data-tab="matrix"
            aria-pressed={tab === 'matrix'}
            onClick={() => show('matrix')}
          >
            {t(lang, 'linksMatrix')}
          </button>
        </div>
        <DataMenu model={model} labels={labels} />
        <button
          type="button"
          className="icon-button"
          aria-label={t(lang, 'closeNetwork')}
          onClick={() => appStore.getState().setOverview(null)}
        >
          ×
        </button>
      </header>
      {tab !== 'details' && (
        <div className="network-body">
          {tab === 'links' ? <LinksTable model={model} /> : <RegionMatrix model={model} />}
        </div>
      )}
    </aside>
  );
}
