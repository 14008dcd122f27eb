import { Suspense } from 'react';
import type { Model } from '../../data/model';
import { usePresenterKeys } from './use-presenter-keys';
import type { Step } from '../../deck/steps';
import { lazyWithRetry } from '../../lib/lazy-with-retry';
import { whenIdle } from '../../lib/after-paint';
import { ChunkError } from '../../components/chunk-error';
import { restoreBeforePresenting } from './before-presenting';
import { t } from '../../i18n/strings';
import { useAppStore } from '../../store/store';

const load = () => import('./presenter');

/**
 * The projector layout, with its code and styles in a chunk of their own: not on the first
 * view's path, but fetched once the page is idle after it, so the first press of a clicker
 * after "Present" already finds its keys (and at once when the URL opens on a step).
 */
const LazyPresenter = lazyWithRetry<{ model: Model; steps: Step[]; typed: string }>(
  () => load().then((m) => ({ default: m.Presenter })),
  PresenterUnavailable,
);

/**
 * Presenter mode: the keys (a clicker, the keyboard) are read here, in the page's own code,
 * from the first moment; the projector layout follows from its chunk.
 */
export function Presenter({ model, steps }: { model: Model; steps: Step[] }) {
  const typed = usePresenterKeys(steps.length);
  return (
    <Suspense fallback={null}>
      <LazyPresenter model={model} steps={steps} typed={typed} />
    </Suspense>
  );
}

/** Fetches the presenter's chunk when the page is idle (a failure is retried on use). */
export function prefetchPresenter(): void {
  whenIdle(() => void load().catch(() => {}));
}

/** In place of the presenter when its code could not be loaded: retry, or leave. */
function PresenterUnavailable({ retry }: { retry: () => void }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <aside className="panel" data-map-obstacle="">
      <ChunkError retry={retry} />
      <button type="button" className="button" onClick={restoreBeforePresenting}>
        {t(lang, 'close')}
      </button>
    </aside>
  );
}
