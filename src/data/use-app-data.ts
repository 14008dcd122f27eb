import { useCallback, useEffect, useRef, useState } from 'react';
import { buildModel, type Model } from './model';
import { loadBundle, loadView } from './load';
import { ALL_BRIEFINGS, mergeBundles } from './corpus';
import type { Bundle } from './schema';
import type { GeoView } from '../geo/view';

/** A switch to another briefing (or to all of them) in progress: how many files are in. */
export type Pending = { briefing: string; done: number; total: number };

export type AppData =
  | { status: 'loading'; pending: Pending }
  | {
      status: 'ready';
      model: Model;
      /** The geometry of the first view; the topology comes after it (./geometry.ts). */
      geo: GeoView;
      /** The briefing shown: an id, or ALL_BRIEFINGS. */
      briefing: string;
      /** Another briefing being fetched while this one stays on screen. */
      pending: Pending | null;
    }
  | { status: 'error'; message: string };

/** A briefing of the index: its id, and the SHA-256 of the file the build checked. */
export type BriefingRef = { id: string; sha256?: string };

// A briefing is fetched once per page: switching back and forth, or to "all", reuses it.
const bundles = new Map<string, Promise<Bundle>>();

function bundleOf({ id, sha256 }: BriefingRef): Promise<Bundle> {
  let loading = bundles.get(id);
  if (!loading) {
    loading = loadBundle(id, sha256);
    // A failed download is tried again next time it is asked for.
    loading.catch(() => bundles.delete(id));
    bundles.set(id, loading);
  }
  return loading;
}

// The first view's geometry, once per page (again after a failure).
let geometry: Promise<GeoView> | null = null;

function geoOnce(): Promise<GeoView> {
  if (!geometry) {
    geometry = loadView();
    geometry.catch(() => (geometry = null));
  }
  return geometry;
}

// The first view's data once loaded and checked, if it was before React's first render:
// that render then shows the map at once, with no loading screen painted before it.
let settled: { briefing: string; data: AppData } | null = null;

/**
 * Starts the first view's downloads and their decoding (the geometry, the briefing in
 * view) while the page's script is still being evaluated, before React's first render:
 * useAppData then picks up the same promises, or the data itself once settled. Resolves
 * when it has settled (loaded or failed); at once for all briefings, whose splash counts
 * the files as they arrive.
 */
export function startLoading(initial: string, index: readonly BriefingRef[]): Promise<void> {
  void geoOnce().catch(() => {});
  if (initial === ALL_BRIEFINGS) return Promise.resolve();
  return loadFirst(initial, index, () => {}).then((data) => {
    settled = { briefing: initial, data };
  });
}

/**
 * The model of one briefing, or of every briefing in `index` (newest first) merged,
 * fetching only what is not here yet; `progress` counts the files as they arrive.
 */
async function loadModel(
  briefing: string,
  index: readonly BriefingRef[],
  progress: (done: number) => void,
): Promise<Model> {
  if (briefing !== ALL_BRIEFINGS)
    return buildModel(await bundleOf(index.find((b) => b.id === briefing) ?? { id: briefing }));
  let done = 0;
  const all = await Promise.all(
    index.map((ref) =>
      bundleOf(ref).then((b) => {
        progress(++done);
        return b;
      }),
    ),
  );
  const { bundle, corpus } = mergeBundles(all);
  return buildModel(bundle, corpus);
}

function checkShapes(model: Model, geo: GeoView) {
  // Each region of the briefing needs its shape, or it could not be shown or framed.
  const shapes = new Set(geo.regions.map((r) => r.id));
  const missing = model.regions.filter((r) => !shapes.has(r.id)).map((r) => r.id);
  if (missing.length)
    throw new Error(`geo/china.view.json: no shape for the region(s) ${missing.join(', ')}`);
}

const message = (error: unknown) => String(error instanceof Error ? error.message : error);

/** The model and geometry of the first view, checked against each other, or what failed. */
function loadFirst(
  briefing: string,
  index: readonly BriefingRef[],
  progress: (done: number) => void,
): Promise<AppData> {
  return Promise.all([loadModel(briefing, index, progress), geoOnce()])
    .then(([model, geo]): AppData => {
      checkShapes(model, geo);
      return { status: 'ready', model, geo, briefing, pending: null };
    })
    .catch((error: unknown): AppData => ({ status: 'error', message: message(error) }));
}

/**
 * Loads the geometry and the briefing in view (only that one: the others are fetched when
 * asked for); `retry` tries again after a failure. `switchTo` fetches another briefing, or
 * all of them, while the current one stays on screen; `show` runs just before the new model
 * replaces it (to write the URL), `failed` if a file could not be loaded (the current
 * briefing stays).
 */
export function useAppData(
  initial: string,
  index: readonly BriefingRef[],
): [
  AppData,
  () => void,
  (briefing: string, show: () => void, failed: (message: string) => void) => void,
] {
  const total = (b: string) => (b === ALL_BRIEFINGS ? index.length : 1);
  const first = settled?.briefing === initial ? settled.data : null;
  const [data, setData] = useState<AppData>(
    () =>
      first ?? {
        status: 'loading',
        pending: { briefing: initial, done: 0, total: total(initial) },
      },
  );
  const [attempt, setAttempt] = useState(0);
  const indexRef = useRef(index);
  useEffect(() => {
    if (attempt === 0 && first) return;
    let live = true;
    const pending = (done: number) =>
      live &&
      setData({ status: 'loading', pending: { briefing: initial, done, total: total(initial) } });
    void loadFirst(initial, indexRef.current, pending).then((d) => live && setData(d));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `total` reads the fixed list
  }, [initial, attempt]);
  const retry = () => {
    setData({ status: 'loading', pending: { briefing: initial, done: 0, total: total(initial) } });
    setAttempt((n) => n + 1);
  };
  const switching = useRef(0);
  const switchTo = useCallback(
    (briefing: string, show: () => void, failed: (message: string) => void) => {
      const ticket = ++switching.current;
      // Settled (shown or failed): files still arriving no longer count.
      let settled = false;
      const current = () => ticket === switching.current && !settled;
      const setPending = (done: number) =>
        current() &&
        setData((d) =>
          d.status === 'ready' ? { ...d, pending: { briefing, done, total: total(briefing) } } : d,
        );
      setPending(0);
      loadModel(briefing, indexRef.current, setPending).then(
        (model) => {
          if (!current()) return;
          settled = true;
          show();
          setData((d) => (d.status === 'ready' ? { ...d, model, briefing, pending: null } : d));
        },
        (error: unknown) => {
          if (!current()) return;
          settled = true;
          setData((d) => (d.status === 'ready' ? { ...d, pending: null } : d));
          failed(message(error));
        },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `total` reads the fixed list
    [],
  );
  return [data, retry, switchTo];
}
