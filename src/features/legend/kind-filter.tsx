import { useMemo } from 'react';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { KindSwatch } from '../../components/kind-swatch';

/** Toggles a kind in the filter; all kinds shown again is no filter at all (null). */
export function toggleKind(all: string[], shown: string[] | null, kind: string): string[] | null {
  const current = shown ?? all;
  const next = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
  return all.every((k) => next.includes(k)) ? null : all.filter((k) => next.includes(k));
}

/**
 * The legend's link kinds are filters: each a toggle button with its count of links, and
 * the "all links" switch that opens the network view.
 */
export function KindFilter({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const kinds = useAppStore((s) => s.kinds);
  const overview = useAppStore((s) => s.overview !== null);
  const all = useMemo(() => model.bundle.kinds.map((k) => k.id), [model]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const link of model.bundle.links) c.set(link.kind, (c.get(link.kind) ?? 0) + 1);
    return c;
  }, [model]);
  const set = (next: string[] | null) => appStore.getState().setKinds(next);

  return (
    <>
      <button
        type="button"
        className="all-links-button"
        aria-pressed={overview}
        data-overview-toggle=""
        onClick={() => appStore.getState().setOverview(overview ? null : 'links')}
      >
        {t(lang, 'allLinks')}
        <span className="kind-count">{model.bundle.links.length}</span>
      </button>
      <h2 className="legend-title" id="kind-filter-title">
        {t(lang, 'linkKinds')}
      </h2>
      <p className="legend-hint">{t(lang, 'kindFilterHint')}</p>
      <ul className="kind-list" aria-labelledby="kind-filter-title">
        {model.bundle.kinds.map((kind, i) => {
          const shown = !kinds || kinds.includes(kind.id);
          return (
            <li key={kind.id} data-kind={kind.id}>
              <button
                type="button"
                className="kind-toggle"
                aria-pressed={shown}
                onClick={() => set(toggleKind(all, kinds, kind.id))}
              >
                <KindSwatch index={i} />
                <span className="kind-name">{kind.label[lang]}</span>
                <span className="kind-count">{counts.get(kind.id) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {kinds && (
        <button type="button" className="link-button" onClick={() => set(null)}>
          {t(lang, 'showAllKinds')}
        </button>
      )}
    </>
  );
}
