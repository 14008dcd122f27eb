import { Suspense, useEffect, useState } from 'react';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { afterFirstView } from '../../lib/first-view';
import { lazyWithRetry } from '../../lib/lazy-with-retry';
import { ChunkError } from '../../components/chunk-error';
import { t } from '../../i18n/strings';
import './panel-frame.css';

const Panel = lazyWithRetry<{ model: Model }>(
  () => import('./region-panel').then((m) => ({ default: m.RegionPanel })),
  PanelUnavailable,
);

/** In place of the panel when its code could not be loaded: the map goes on working. */
function PanelUnavailable({ model, retry }: { model: Model; retry: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  if (!selection.region && !selection.link) return null;
  const link = selection.link ? model.link(selection.link) : undefined;
  const region = selection.region ? model.region(selection.region) : undefined;
  const title = link?.label[lang] ?? region?.name[lang] ?? t(lang, 'wide');
  return (
    <aside className="panel" aria-labelledby="panel-heading" data-map-obstacle="">
      <header className="panel-header">
        <h2 id="panel-heading">{title}</h2>
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
        <ChunkError retry={retry} />
      </div>
    </aside>
  );
}

/**
 * The side panel, with its code in its own chunk: fetched once the first view has been
 * painted (or at once when a link opens the page on a selection), so it is there before
 * the first click but not on the first view's path. Once loaded it stays mounted, so it
 * can move focus back when it closes. If the chunk cannot be fetched (after retries), the
 * panel says so with a Retry button; the rest of the app is untouched.
 */
export function RegionPanel({ model }: { model: Model }) {
  const open = useAppStore((s) => Boolean(s.selection.region || s.selection.link));
  const [armed, setArmed] = useState(open);
  useEffect(() => afterFirstView(() => setArmed(true)), []);
  if (!armed && !open) return null;
  return (
    <Suspense fallback={null}>
      <Panel model={model} />
    </Suspense>
  );
}
