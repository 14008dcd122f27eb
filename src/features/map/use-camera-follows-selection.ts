import { useEffect, useRef } from 'react';
import { appStore, useAppStore, type AppStore } from '../../store/store';
import type { View } from '../../store/url-hash';
import { fitView, lngLatBounds, type Size } from './camera';
import type { GeoData } from './geo';
import type { Step } from '../present/steps';
import { afterNextPaint } from '../../lib/after-paint';

/** Width of the side panel on wide screens; the camera leaves room for it. */
export const PANEL_WIDTH = 440;
export const WIDE = 900;

/** Room the legend takes at the top left on wide screens. */
const LEGEND_WIDTH = 250;

/** The presenter's panel is wider: min(46vw, 860px), as in app.css. */
export function presenterWidth(size: Size): number {
  return Math.min(size.width * 0.46, 860);
}

export function mapPadding(size: Size, panelOpen: boolean, panelWidth = PANEL_WIDTH) {
  const base = Math.min(48, size.width / 12);
  const left = size.width >= WIDE ? LEGEND_WIDTH + base / 2 : base;
  if (!panelOpen) return { top: base, right: base, bottom: base, left };
  if (size.width >= WIDE) return { top: base, right: panelWidth + base, bottom: base, left };
  return { top: base, right: base, bottom: size.height * 0.5 + base, left: base };
}

/** The latest value, for effects that should read it but not re-run when it changes. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}

/** Flies to `view` once the next frame is painted, if `stillWanted` and no other flight came. */
export function flyAfterPaint(view: View, stillWanted: (s: AppStore) => boolean) {
  const before = appStore.getState().flight;
  const token = ++lastAsked;
  afterNextPaint(() => {
    const s = appStore.getState();
    // The last one asked for wins, as if each had flown at once.
    if (token === lastAsked && s.flight === before && stillWanted(s)) s.flyTo(view);
  });
}
let lastAsked = 0;

/** When the selection changes, the camera eases to what was selected. */
export function useCameraFollowsSelection(geo: GeoData, size: Size) {
  const selection = useAppStore((s) => s.selection);
  const skipFirst = useRef(true);
  const sizeRef = useLatest(size);
  useEffect(() => {
    const size = sizeRef.current;
    if (skipFirst.current) {
      // A selection restored from the URL keeps the URL's view.
      skipFirst.current = false;
      if (appStore.getState().view) return;
    }
    if (size.width === 0 || !selection.region || selection.link) return;
    const feature = geo.regions.features.find((f) => f.properties.id === selection.region);
    if (!feature) return;
    const view = fitView(lngLatBounds(feature), size, mapPadding(size, true));
    // The panel is painted first, then the camera sets off, unless something else was
    // chosen or another flight asked for in that frame.
    flyAfterPaint({ ...view, zoom: Math.min(view.zoom, 7) }, (s) => s.selection === selection);
  }, [selection, geo, sizeRef]);
}

/** In a presentation, each step frames the regions it concerns. */
export function useCameraFollowsStep(geo: GeoData, size: Size, steps: Step[]) {
  const step = useAppStore((s) => (s.step !== null && !s.exploring ? s.step : null));
  const sizeRef = useLatest(size);
  useEffect(() => {
    const size = sizeRef.current;
    if (step === null || size.width === 0) return;
    const ids = new Set(steps[step]?.regions ?? []);
    const features = geo.regions.features.filter((f) => ids.has(f.properties.id));
    const target = features.length ? { type: 'FeatureCollection' as const, features } : geo.regions;
    const view = fitView(lngLatBounds(target), size, mapPadding(size, true, presenterWidth(size)));
    flyAfterPaint(
      { ...view, zoom: Math.min(view.zoom, 7) },
      (s) => (s.step !== null && !s.exploring ? s.step : null) === step,
    );
  }, [step, steps, geo, sizeRef]);
}
