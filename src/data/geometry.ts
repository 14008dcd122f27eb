import { useEffect, useSyncExternalStore } from 'react';
import { loadGeo } from './load';
import type { GeoData } from '../geo/geo';
import { afterFirstView } from '../lib/first-view';

/**
 * The topology decoded (`GeoData`): what the first view does without (src/geo/view.ts) and
 * the rest needs — MapLibre, the export and the hand-out, the 南海诸岛 inset's islands,
 * city borders, the 长江经济带 outline, MapLibre's hover outline. Fetched once the first
 * view has been painted (MapLibre, where it is chosen, waits for it), or sooner by
 * whoever needs it (an export).
 */
export type Geometry = { geo: GeoData | null; error: string | null };

let state: Geometry = { geo: null, error: null };
let loading: Promise<GeoData> | null = null;
const listeners = new Set<() => void>();

function set(next: Geometry) {
  state = next;
  for (const listener of listeners) listener();
}

/** The topology, fetched once per page (again after a failure: the next call retries). */
export function fullGeometry(): Promise<GeoData> {
  if (!loading) {
    const attempt = loadGeo();
    loading = attempt;
    if (state.error) set({ geo: null, error: null });
    attempt.then(
      (geo) => set({ geo, error: null }),
      (error: unknown) => {
        loading = null;
        set({ geo: null, error: String(error instanceof Error ? error.message : error) });
      },
    );
  }
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The topology as it stands (null until it is in, the reason if it failed); asks for it
 * once the first view has been shown.
 */
export function useGeometry(): Geometry {
  useEffect(() => afterFirstView(() => void fullGeometry().catch(() => {})), []);
  return useSyncExternalStore(subscribe, () => state);
}
