import type { Project } from './renderer';
import type { View } from '../../store/url-hash';
import type { appStore as AppStore } from '../../store/store';
import { workAfterPaintPending } from '../../lib/after-paint';

interface RegionMapHooks {
  project: Project;
  renderer: string;
  /** performance.now() of the last camera move the live renderer reported. */
  lastMove: number;
  moves: number;
  /** performance.now() of the last flight asked of the camera, if any. */
  flightAt?: number;
  /** Whether the camera has reached the last flight's target (true when there is none). */
  landed: boolean;
  /** Whether a flight or repaint is still waiting for the next frame to be painted. */
  waiting: () => boolean;
}

declare global {
  interface Window {
    /** Read by the end-to-end tests and the benchmark: where a place is on screen now. */
    __regionMap?: RegionMapHooks;
  }
}

let flight: { view: View; at: number } | null = null;
let landed = true;
let lastView: View | null = null;

const close = (a: View, b: View) =>
  Math.abs(a.zoom - b.zoom) < 0.02 &&
  Math.abs(a.lat - b.lat) < 0.01 &&
  Math.abs(a.lng - b.lng) < 0.01;

export function exposeTestHooks(project: Project, renderer: string, view: View): void {
  lastView = view;
  if (flight && !landed && close(view, flight.view)) landed = true;
  window.__regionMap = {
    project,
    renderer,
    lastMove: performance.now(),
    moves: (window.__regionMap?.moves ?? 0) + 1,
    flightAt: flight?.at,
    landed,
    waiting: workAfterPaintPending,
  };
}

/**
 * Notes each flight asked of the camera and when the camera reaches its target, so a test
 * can tell "the flight has not ended" from "the camera has stopped": a software-rendered
 * frame can take longer than any quiet period a test could wait for, and a flight that
 * interrupts another starts with the other's end.
 */
export function trackFlights(store: typeof AppStore): () => void {
  return store.subscribe((s, prev) => {
    if (!s.flight || s.flight === prev.flight) return;
    flight = { view: s.flight.view, at: performance.now() };
    landed = lastView !== null && close(lastView, s.flight.view);
    if (window.__regionMap) Object.assign(window.__regionMap, { flightAt: flight.at, landed });
  });
}
