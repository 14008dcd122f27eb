import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Model } from '../../data/model';
import type { GeoView } from '../../geo/view';
import { useGeometry } from '../../data/geometry';
import type { PrintMode } from './handout-view';
import { whenIdle } from '../../lib/after-paint';

/** Prints the map alone on an A4 landscape page: `data-print="map"` asks for it. */
export function printMap(): void {
  document.documentElement.dataset.print = 'map';
  window.print();
}

const requestedMode = (): PrintMode =>
  document.documentElement.dataset.print === 'map' ? 'map' : 'handout';

type HandoutChunk = typeof import('./handout-view');

/**
 * What is printed (the screen's app is hidden in print): an A4 hand-out of the selection
 * with a static map fitted to the printed area (the export's SVG, with the 南海诸岛 inset
 * and a legend strip), then the viewpoints and the links; or the map alone, landscape.
 * Built only when printing starts (`beforeprint`, or the print media query turning on),
 * so none of it costs anything on screen. The source credit is a fixed footer, which
 * Chromium repeats on every printed page.
 */
export function PrintHandout({ model, view }: { model: Model; view: GeoView }) {
  // The shapes come with the topology, fetched after the first view.
  const { geo } = useGeometry();
  const [job, setJob] = useState<PrintMode | null>(null);
  const [chunk, setChunk] = useState<HandoutChunk | null>(null);

  useEffect(() => {
    // Fetched once the first view has been painted and the page is idle (printing must
    // then draw synchronously).
    let live = true;
    whenIdle(() => void import('./handout-view').then((m) => live && setChunk(m)));
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

  if (!job || !chunk || !geo) return null;
  return <chunk.Handout model={model} view={view} geo={geo} mode={job} />;
}
