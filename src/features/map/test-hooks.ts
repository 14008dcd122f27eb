import type { Project } from './renderer';
import type { View } from '../../store/url-hash';
import type { appStore as AppStore } from '../../store/store';
import { workAfterPaintPending } from '../../lib/after-paint';

interface RegionMapHooks {
  /** Where a place is on screen now, as the live renderer draws it. */
  project: Project;
  renderer: string;
  /**
   * Whether the map is at rest: no flight or repaint waits for its frame, the last
   * flight has reached its target (or had 5 s to), nothing has moved for `quietMs`, and
   * the live renderer has drawn its last frame (MapLibre keeps drawing for a while after
   * a flight, as the tiles for the new view come in).
   * A software-rendered frame can take longer than any quiet period a test could wait
   * for, and a flight that interrupts another starts with the other's end, so quiet
   * alone is not enough.
   */
  settled: (quietMs: number) => boolean;
}

declare global {
  interface Window {
    /** Read by the end-to-end tests and the benchmark. */
    __regionMap?: RegionMapHooks;
  }
}

let flight: { view: View; at: number } | null = null;
let landed = true;
let lastView: View | null = null;
let lastMove = 0;
let drawingSince: number | null = null;

const close = (a: View, b: View) =>
  Math.abs(a.zoom - b.zoom) < 0.02 &&
  Math.abs(a.lat - b.lat) < 0.01 &&
  Math.abs(a.lng - b.lng) < 0.01;

function settled(quietMs: number): boolean {
  if (workAfterPaintPending()) return false;
  const now = performance.now();
  const flying = !landed && flight !== null && now - flight.at < 5000;
  const drawing = drawingSince !== null && now - drawingSince < 5000;
  return !flying && !drawing && now - lastMove > quietMs;
}

/** Called by a renderer that draws frames on its own: when it starts and stops drawing. */
export function noteDrawing(drawing: boolean): void {
  if (!drawing) drawingSince = null;
  else drawingSince ??= performance.now();
}

/** Called on every camera change the live renderer reports. */
export function exposeTestHooks(project: Project, renderer: string, view: View): void {
  lastView = view;
  lastMove = performance.now();
  if (flight && !landed && close(view, flight.view)) landed = true;
  window.__regionMap = { project, renderer, settled };
}

/** Notes each flight asked of the camera; `settled` then waits for it to land. */
export function trackFlights(store: typeof AppStore): () => void {
  return store.subscribe((s, prev) => {
    if (!s.flight || s.flight === prev.flight) return;
    flight = { view: s.flight.view, at: performance.now() };
    landed = lastView !== null && close(lastView, s.flight.view);
  });
}
