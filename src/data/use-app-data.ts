import { useEffect, useState } from 'react';
import { buildModel, type Model } from './model';
import { loadBundle, loadGeo } from './load';
import type { GeoData } from '../geo/geo';

export type AppData =
  | { status: 'loading' }
  | { status: 'ready'; model: Model; geo: GeoData }
  | { status: 'error'; message: string };

/** Loads the geometry and the briefing in parallel; `retry` tries again after a failure. */
export function useAppData(briefing: string): [AppData, () => void] {
  const [data, setData] = useState<AppData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([loadBundle(briefing), loadGeo()])
      .then(([bundle, geo]) => {
        // Each region of the briefing needs its shape, or it could not be shown or framed.
        const shapes = new Set(geo.regions.features.map((f) => f.properties.id));
        const missing = bundle.regions.filter((r) => !shapes.has(r.id)).map((r) => r.id);
        if (missing.length)
          throw new Error(`geo/china.topo.json: no shape for the region(s) ${missing.join(', ')}`);
        if (live) setData({ status: 'ready', model: buildModel(bundle), geo });
      })
      .catch(
        (error: unknown) =>
          live &&
          setData({
            status: 'error',
            message: String(error instanceof Error ? error.message : error),
          }),
      );
    return () => {
      live = false;
    };
  }, [briefing, attempt]);
  const retry = () => {
    setData({ status: 'loading' });
    setAttempt((n) => n + 1);
  };
  return [data, retry];
}
