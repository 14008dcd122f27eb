import type { View } from '../store/url-hash';
import { ZOOM_RANGE } from '../store/url-hash';
import { fitView, type Bounds, type Project, type Size } from '../geo/projection';
import { freeRect, marginIn, type Rect } from './visible-area';

export type RendererName = 'svg' | 'maplibre';
export type { Project } from '../geo/projection';

/** What the live renderer shows now. */
export type CameraFrame = {
  project: Project;
  view: View;
  /**
   * While a gesture or flight is under way on the SVG map: a CSS transform (origin top
   * left) that carries what was drawn at the last frame without it to this camera.
   */
  preview?: string;
};

/** What a renderer does when the controller commands it. */
export type CameraDriver = {
  jumpTo: (view: View) => void;
  flyTo: (view: View, durationMs: number) => void;
  /** Reports the current frame again (used right after a hand-over). */
  report: () => void;
};

/** What to show: bounds in degrees, fitted into the part of the map nobody covers. */
export type FrameTarget = { bounds: Bounds; maxZoom?: number };

export type FitOptions = { animate?: boolean };

const FLIGHT_MS = 800;
/** Room kept around the framed bounds inside the free rectangle (labels, markers). */
const FRAME_MARGIN = 36;
/** A frame is never closer than this: a link between two neighbouring cities stays in context. */
export const FRAME_MAX_ZOOM = 8;

type Listener = (frame: CameraFrame) => void;

/**
 * The one owner of the camera. Renderers plug in as drivers: they report their frames
 * and gestures and obey commands (jump, fly); only the live renderer's reports count,
 * so a renderer that is being replaced can never write the view. Everything that moves
 * the map (a selection, a step, the URL, a control) calls a command here; everything
 * that follows the map (the arcs overlay, the URL, the tests) subscribes.
 */
export class CameraController {
  private drivers = new Map<RendererName, CameraDriver>();
  private frameListeners = new Set<Listener>();
  private viewListeners = new Set<(view: View) => void>();
  private liveListeners = new Set<(live: RendererName) => void>();
  private current: CameraFrame | null = null;
  private committed: View | null = null;
  private pendingTarget: { target: FrameTarget; obstacles: () => Rect[] } | null = null;
  private pendingHandOver: RendererName | null = null;
  private gesture = false;
  private flight: { view: View; at: number } | null = null;
  private lastMove = 0;
  private seq = 0;
  live: RendererName = 'svg';
  size: Size = { width: 0, height: 0 };
  /** The free rectangle of the last fit (map-local pixels), or the whole map. */
  visible: Rect = { x0: 0, y0: 0, x1: 0, y1: 0 };

  /** The view as the live renderer last showed it (or the one asked for before any frame). */
  get view(): View | null {
    return this.current?.view ?? this.committed;
  }

  get frame(): CameraFrame | null {
    return this.current;
  }

  /** A renderer has drawn and waits for the gesture under way to end to take over. */
  get handOverPending(): boolean {
    return this.pendingHandOver !== null;
  }

  /** Counts commands: work scheduled for later can tell whether another came meanwhile. */
  get commandCount(): number {
    return this.seq;
  }

  // ------------------------------------------------------------------ renderers

  attach(name: RendererName, driver: CameraDriver): () => void {
    this.drivers.set(name, driver);
    const view = this.view;
    if (view) driver.jumpTo(view);
    return () => {
      if (this.drivers.get(name) === driver) this.drivers.delete(name);
    };
  }

  /** A renderer's frame: counted only from the live one. */
  report(name: RendererName, frame: CameraFrame): void {
    if (name !== this.live) return;
    this.current = frame;
    this.lastMove = performance.now();
    if (this.flight && close(frame.view, this.flight.view)) this.flight = null;
    for (const l of this.frameListeners) l(frame);
  }

  gestureStart(name: RendererName): void {
    if (name !== this.live) return;
    this.gesture = true;
    this.flight = null;
    this.seq += 1;
    this.pendingTarget = null;
  }

  /** The camera has come to rest (a gesture or flight ended): the view to keep. */
  commit(name: RendererName, view: View): void {
    if (name !== this.live) return;
    this.gesture = false;
    this.flight = null;
    this.committed = view;
    for (const [other, driver] of this.drivers) if (other !== name) driver.jumpTo(view);
    for (const l of this.viewListeners) l(view);
    if (this.pendingHandOver) this.handOver(this.pendingHandOver);
  }

  /**
   * A renderer that has drawn the current view asks to take over. During a gesture it
   * waits for the gesture to end (the pointer belongs to the renderer it started on),
   * and then takes over at the view the gesture ended at.
   */
  handOver(name: RendererName, showing?: View): boolean {
    if (name === this.live) return true;
    const view = this.view;
    if (this.gesture || this.flight) {
      this.pendingHandOver = name;
      return false;
    }
    if (showing && view && !close(showing, view, 1e-4)) {
      // It has drawn another view than the current one: move it, and let it ask again.
      this.drivers.get(name)?.jumpTo(view);
      return false;
    }
    this.pendingHandOver = null;
    this.live = name;
    if (view) this.drivers.get(name)?.jumpTo(view);
    for (const l of this.liveListeners) l(name);
    this.drivers.get(name)?.report();
    return true;
  }

  /** The live renderer failed or was dropped: back to `name`. */
  fallBack(name: RendererName): void {
    this.pendingHandOver = null;
    if (this.live === name) return;
    this.live = name;
    for (const l of this.liveListeners) l(name);
  }

  setSize(size: Size): void {
    this.size = size;
    this.visible = { x0: 0, y0: 0, x1: size.width, y1: size.height };
    if (size.width > 0 && this.pendingTarget) {
      // The fit asked for before the map had a size: the same command, not a new one.
      const { target, obstacles } = this.pendingTarget;
      this.pendingTarget = null;
      this.move(fitInto(target, size, obstacles(), this), false);
    }
  }

  // ------------------------------------------------------------------ commands

  jumpTo(view: View): void {
    this.seq += 1;
    this.pendingTarget = null;
    this.flight = null;
    this.move(view, false);
  }

  flyTo(view: View, { animate = true }: FitOptions = {}): void {
    this.seq += 1;
    this.pendingTarget = null;
    this.move(view, animate);
  }

  /**
   * Fits `target` into the free part of the map: the map less the rectangles that
   * `obstacles` measures (panel, legend, inset, sheet), at the moment of the command.
   * Before the map has a size, the fit waits for it.
   */
  fit(target: FrameTarget, obstacles: () => Rect[], options: FitOptions = {}): View | null {
    this.seq += 1;
    if (this.size.width === 0) {
      this.pendingTarget = { target, obstacles };
      return null;
    }
    const view = fitInto(target, this.size, obstacles(), this);
    this.move(view, options.animate ?? true);
    return view;
  }

  zoomBy(delta: number): void {
    const view = this.view;
    if (view) this.flyTo({ ...view, zoom: clampZoom(view.zoom + delta) });
  }

  private move(view: View, animate: boolean): void {
    const driver = this.drivers.get(this.live);
    this.committed = view;
    if (!driver) {
      for (const l of this.viewListeners) l(view);
      return;
    }
    if (animate) {
      // A flight under way ends (and commits) when this one starts: note this one after.
      driver.flyTo(view, FLIGHT_MS);
      this.flight = { view, at: performance.now() };
      // A renderer that jumped (reduced motion) has already arrived.
      if (this.current && close(this.current.view, view)) this.flight = null;
    } else {
      this.flight = null;
      driver.jumpTo(view);
    }
  }

  // ------------------------------------------------------------------ followers

  /** Every frame of the live renderer (the overlay follows these). */
  subscribe(listener: Listener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Every view the camera comes to rest at (the URL follows these). */
  subscribeView(listener: (view: View) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  subscribeLive(listener: (live: RendererName) => void): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  /** At rest: no flight under way (for at most 5 s), no gesture, nothing moved for `quietMs`. */
  settled(quietMs: number): boolean {
    const now = performance.now();
    const flying = this.flight !== null && now - this.flight.at < 5000;
    return !flying && !this.gesture && now - this.lastMove > quietMs;
  }
}

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_RANGE[1], Math.max(ZOOM_RANGE[0], zoom));
}

const close = (a: View, b: View, eps = 0.01) =>
  Math.abs(a.zoom - b.zoom) < eps * 2 &&
  Math.abs(a.lat - b.lat) < eps &&
  Math.abs(a.lng - b.lng) < eps;

/**
 * The view that shows `target` in the largest free rectangle of the map, with a margin;
 * writes that rectangle to `out.visible` for the overlay's edge markers.
 */
export function fitInto(
  target: FrameTarget,
  size: Size,
  obstacles: Rect[],
  out?: { visible: Rect },
): View {
  const free = freeRect(size, obstacles, target.bounds, FRAME_MARGIN);
  if (out) out.visible = free;
  const margin = marginIn(FRAME_MARGIN, free.x1 - free.x0, free.y1 - free.y0);
  const maxZoom = Math.min(target.maxZoom ?? FRAME_MAX_ZOOM, ZOOM_RANGE[1]);
  const view = fitView(
    target.bounds,
    size,
    {
      left: free.x0 + margin,
      top: free.y0 + margin,
      right: size.width - free.x1 + margin,
      bottom: size.height - free.y1 + margin,
    },
    maxZoom,
  );
  return { ...view, zoom: clampZoom(view.zoom) };
}

/** The app's one camera. */
export const camera = new CameraController();
