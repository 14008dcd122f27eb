import { camera } from '../../camera/controller';
import { refitPending } from '../../camera/follow';
import { workAfterPaintPending } from '../../lib/after-paint';
import { firstViewWorkPending } from '../../lib/first-view';
import { chunksLoading } from '../../lib/lazy-with-retry';
import type { LngLat } from '../../data/schema';
import type { View } from '../../store/url-hash';

interface RegionMapHooks {
  /** Where a place is on screen now, as the live renderer draws it. */
  project: (p: LngLat) => [number, number];
  renderer: () => string;
  /** The camera's view now. */
  view: () => View | null;
  flyTo: (view: View) => void;
  /** A renderer waits to take over until the gesture under way ends. */
  handOverPending: () => boolean;
  /**
   * Whether the map is at rest: no flight, repaint or refit check (what covers the map
   * changed: a panel came in) waits for its frame, nothing waits for the first view to be
   * drawn (the WebGL probe, the topology), no chunk is on its way (the network view's
   * table moves the camera when it comes), the last
   * flight has reached its target (or had 5 s to), nothing has moved for `quietMs`, and
   * the live renderer has drawn its last frame (MapLibre keeps drawing for a while after
   * a flight, as the tiles for the new view come in).
   */
  settled: (quietMs: number) => boolean;
}

declare global {
  interface Window {
    /** Read by the end-to-end tests and the benchmark. */
    __regionMap?: RegionMapHooks;
  }
}

let drawingSince: number | null = null;

/** Called by a renderer that draws frames on its own: when it starts and stops drawing. */
export function noteDrawing(drawing: boolean): void {
  if (!drawing) drawingSince = null;
  else drawingSince ??= performance.now();
}

/** Only under automation (Playwright, the benchmark) or with `?test`: never for a user. */
export function testHooksWanted(): boolean {
  return navigator.webdriver || new URLSearchParams(location.search).has('test');
}

/** Installs `window.__regionMap` once, reading the camera when asked. */
export function installTestHooks(): void {
  if (!testHooksWanted() || window.__regionMap) return;
  window.__regionMap = {
    project: (p) => camera.frame?.project(p) ?? [NaN, NaN],
    renderer: () => camera.live,
    view: () => camera.view,
    flyTo: (view) => camera.flyTo(view),
    handOverPending: () => camera.handOverPending,
    settled: (quietMs) => {
      if (workAfterPaintPending() || refitPending() || firstViewWorkPending() || chunksLoading())
        return false;
      const drawing = drawingSince !== null && performance.now() - drawingSince < 5000;
      return !drawing && camera.settled(quietMs);
    },
  };
}
