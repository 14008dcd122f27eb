import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { select, type Selection } from 'd3-selection';
import { appStore, useAppStore } from '../../../store/store';
import type { Model } from '../../../data/model';
import type { GeoData } from '../../../geo/geo';
import type { GeoView } from '../../../geo/view';
import { screenPath, type Size } from '../../../geo/projection';
import { regionLabelPoints, type RegionLayer } from '../../../geo/map-layers';
import { camera, type CameraFrame, type Project } from '../../../camera/controller';
import {
  freeRect,
  measureObstacles,
  obstaclesMoved,
  watchObstacles,
  type Rect,
} from '../../../camera/visible-area';
import { drawGeographyOverlay } from '../../../geo/geography-layer';
import { hideTooltip, showTooltip } from './tooltip';
import { prefersReducedMotion } from '../../../lib/motion';
import { whenIdle } from '../../../lib/after-paint';
import { arcsFor, visibleArcs, type Arc } from '../../../arcs/arc-model';
import type { Step } from '../../../deck/steps';
import type { Point } from '../../../arcs/arc-path';
import {
  arcLines,
  drawArcs,
  ensureMarkers,
  markHovered,
  placeArcs,
  placeCounts,
  type ArcHandlers,
} from './draw-arcs';
import {
  LINE_EM,
  boxAt,
  leadRegions,
  placeLabels,
  prepareWordBreaks,
  regionNameWrap,
  setLines,
  visibility,
  type Box,
  type Visibility,
} from './visibility';
import { drawPlaces, placeMarkers, spreadDots } from './draw-places';
import { drawnWidth, fontOf } from './text-width';
import './overlay.css';

type Props = {
  model: Model;
  geo: GeoView;
  /**
   * The topology, once it is in (after the first view): the belt's outline and MapLibre's
   * hover outline are drawn from it.
   */
  full: GeoData | null;
  /** The regions as both renderers draw them: their names are labelled here. */
  regions: RegionLayer[];
  size: Size;
  steps: Step[];
  /**
   * Outline the hovered region here: for a renderer that does not draw hover itself
   * (MapLibre: a feature-state change costs a whole WebGL frame, and under software
   * rendering the click that follows a hover waited 100–200 ms for it).
   */
  outlineHover?: boolean;
};

/** How often at most the rectangles that cover the map are measured during a movement. */
const OBSTACLES_MS = 250;

/**
 * The region names, the places that take part in the selection and the cooperation
 * links, drawn with D3 in an SVG over whichever renderer is live. It follows the camera
 * directly (every frame the live renderer reports), so nothing lags behind the map.
 * (Labels here rather than in MapLibre: a symbol layer would place its labels again on
 * every frame of a flight, the costliest part of a frame.)
 */
export function ArcsOverlay({
  model,
  geo,
  full,
  regions,
  size,
  steps,
  outlineHover = false,
}: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hoverRef = useRef<SVGGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const labelsRef = useRef<SVGGElement>(null);
  const placesRef = useRef<SVGGElement>(null);
  const restylePending = useRef(false);
  // What the last full drawing (a restyle) was drawn with: the same again is not redrawn.
  const restyledWith = useRef<unknown[]>([]);
  const obstacles = useRef<{ rects: Rect[]; at: number }>({ rects: [], at: -Infinity });
  // Measured as the overlay mounts, in the page's first layout: its first drawing, later in
  // the same commit, then reads no layout again just after the map's paths went in (6 ms of
  // the first view). Good until the end of that commit (the next microtask).
  const fresh = useRef(false);
  useLayoutEffect(() => {
    const host = svgRef.current?.parentElement;
    if (!host) return;
    obstacles.current = { rects: measureObstacles(host), at: performance.now() };
    fresh.current = true;
    queueMicrotask(() => (fresh.current = false));
  }, []);
  const drawnOnce = useRef(false);
  const geographyRef = useRef<SVGGElement>(null);
  const belt = useAppStore((s) => s.belt);
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const step = useAppStore((s) => (s.step !== null && !s.exploring ? s.step : null));
  const kinds = useAppStore((s) => s.kinds);
  const overview = useAppStore((s) => s.overview !== null && s.step === null);
  const labels = useMemo(() => regionLabelPoints(geo), [geo]);
  const focus = useMemo(
    () => (step === null ? null : new Set(steps[step]?.links ?? [])),
    [step, steps],
  );
  const arcs = useMemo(
    () => arcsFor(model, labels, selection, lang, focus, { kinds, overview }),
    [model, labels, selection, lang, focus, kinds, overview],
  );
  const markers = useMemo(
    () => placeMarkers(model, arcs, selection.place, lang),
    [model, arcs, selection.place, lang],
  );
  // The corridors' stops, drawn as dots too: places' names keep off them as well.
  const stops = useMemo(() => arcs.flatMap((a) => (a.active && a.path) || []), [arcs]);

  const handlers = useMemo<ArcHandlers>(
    () => ({
      onHover: (arc: Arc | null, event?: PointerEvent) => {
        appStore.getState().setHover({ link: arc?.id ?? null });
        const host = svgRef.current?.parentElement;
        if (arc && event && host) showTooltip(arc.label, event, host);
        else hideTooltip();
      },
      onClick: (arc: Arc) => {
        const s = appStore.getState();
        if (s.step !== null) s.setExploring(true);
        s.selectLink(
          arc.id,
          s.selection.region ?? model.regionOf(arc.fromId) ?? model.regionOf(arc.toId),
        );
      },
    }),
    [model],
  );

  const hovered = () => {
    const id = appStore.getState().hover.region;
    const feature = full?.regions.features.find((f) => f.properties.id === id);
    const color = regions.find((r) => r.id === id)?.color;
    return feature && color ? { feature, color } : null;
  };

  /**
   * `restyle`: the arcs, labels or size changed, not only the camera; `onlyHover`: only
   * the hovered region changed.
   */
  const draw = (restyle: boolean, onlyHover = false) => {
    const layer = layerRef.current;
    const cam = camera.frame;
    // Mid-gesture the last drawing is moved by CSS: restyle when the movement ends.
    if (!layer || !cam || cam.preview) {
      if (restyle) restylePending.current = true;
      return;
    }
    if (restylePending.current) {
      restylePending.current = false;
      restyle = true;
    }
    if (restyle) restyledWith.current = [arcs, markers, size, regions, outlineHover, belt];
    if (hoverRef.current) drawHover(hoverRef.current, outlineHover ? hovered() : null, cam.project);
    if (onlyHover) return;
    if (geographyRef.current)
      drawGeographyOverlay(geographyRef.current, geo, full, cam.project, { belt, lang });
    const now = performance.now();
    const host = svgRef.current?.parentElement;
    if (host && ((restyle && !fresh.current) || now - obstacles.current.at > OBSTACLES_MS))
      obstacles.current = { rects: measureObstacles(host), at: now };
    const vis = visibility(size, obstacles.current.rects);
    // The arcs are placed first: a far end's chip sits where its link leaves the visible
    // map, and the names keep clear of it.
    const shown = visibleArcs(arcs, cam.view.zoom, selection, overview);
    // A chip's name takes a share of the map's free width, not of the whole map: beside the
    // network view at 1024 'Yangtze River Economic Belt' had run across a third of China.
    const room = freeRect(size, obstacles.current.rects);
    // The places' dots, those that would lie on each other moved apart: the links, their
    // names and the corridors' stops go where the dots are drawn.
    // A spot's first marker has its dot (the others' names are stacked beside it).
    const dots = markers.filter((m) => m.row === 0).map((m) => m.at);
    const moved = spreadDots([...dots, ...stops], cam.project);
    const project: Project = moved.size
      ? (p) => moved.get(p.join()) ?? cam.project(p)
      : cam.project;
    const placed = placeArcs(shown, project, vis, room.x1 - room.x0);
    // Names compete for room: the chosen region's first, then the places' at the links'
    // ends, then the other regions' (with none chosen, the regions' come first). A
    // region's name also keeps off the places' dots and the chips where it has room (a
    // place's name is beside its own dot; it, and another region's name, is left out
    // rather than lie under a chip).
    const names = labelsRef.current && regionNames(labelsRef.current, regions, restyle, size.width);
    const lead = leadRegions(regions, selection.region);
    const dotBoxes = dots.map((at) => boxAt(project(at), DOT_BOX, DOT_BOX));
    const avoid = dotBoxes.concat(placed.boxes);
    // The links' lines too, where there is room: a line through a name is hard to read.
    const lines = names ? arcLines(shown, placed.placed, project) : [];
    // With no region chosen, every region's name keeps off the chips: a chip alone names
    // a far end (the names are drawn over the links, and "Yangtze River Delta" had hidden
    // the belt's chip in the network view on a phone). A chosen region's name comes first.
    const chips = selection.region ? [] : placed.boxes;
    const first = names ? placeRegionNames(names, project, vis, lead, chips, avoid, lines) : chips;
    // The chips are taken for the places' names and the other regions'.
    const taken0 = selection.region ? [...first, ...placed.boxes] : first;
    const taken = placesRef.current
      ? drawPlaces(placesRef.current, markers, project, vis, restyle, taken0, stops, lines)
      : taken0;
    const named = names
      ? placeRegionNames(
          names,
          project,
          vis,
          regions.filter((r) => !lead.includes(r)),
          taken,
          avoid,
          lines,
        )
      : taken;
    // The counts go along their lines clear of every name and dot.
    const counts = placeCounts(placed.placed, [...named, ...dotBoxes]);
    // Links grow in when the choice changes, not in the first view: there they are the
    // picture the reader opened (and 600 ms of frames on a software renderer just after it).
    const animate = restyle && drawnOnce.current && !prefersReducedMotion();
    drawnOnce.current = true;
    const canvas = canvasRef.current && { canvas: canvasRef.current, ...size };
    drawArcs(layer, shown, placed, project, handlers, { animate, restyle, canvas, counts });
    if (restyle) markHovered(layer, appStore.getState().hover.link);
  };
  const drawRef = useRef(draw);
  // Before any passive effect: the map's first jump (an effect of the renderer, mounted in
  // the same commit) draws with this render's arcs and size, not the last render's.
  useLayoutEffect(() => {
    drawRef.current = draw;
  });

  // Chinese names broken between words (long ones on two lines) from the next drawing on.
  useEffect(() => whenIdle(prepareWordBreaks), []);

  useEffect(() => {
    if (svgRef.current) ensureMarkers(svgRef.current);
    return camera.subscribe((frame: CameraFrame) => {
      const svg = svgRef.current;
      if (!svg) return;
      // During a gesture on the SVG map the last drawing is moved by the map's own CSS
      // transform, and redrawn exactly when the movement ends.
      svg.style.transform = frame.preview ?? '';
      if (canvasRef.current) canvasRef.current.style.transform = frame.preview ?? '';
      if (!frame.preview) drawRef.current(false);
    });
  }, []);

  useEffect(() => {
    // The first view: the renderer's first frame has just drawn all of this (restyled).
    const now = [arcs, markers, size, regions, outlineHover, belt];
    if (now.every((value, i) => value === restyledWith.current[i])) return;
    drawRef.current(true);
  }, [arcs, markers, size, regions, outlineHover, belt]);

  // What covers the map came, went or changed size (a panel or the network view whose
  // chunk arrived, a legend folded) with the camera still: names and chips move off it.
  // A camera frame measures them anyway; a view kept from the URL has none.
  useEffect(
    () =>
      watchObstacles(() => {
        const host = svgRef.current?.parentElement;
        if (!host) return;
        const rects = measureObstacles(host);
        if (!obstaclesMoved(rects, obstacles.current.rects, 1)) return;
        obstacles.current = { rects, at: performance.now() };
        drawRef.current(false);
      }),
    [],
  );

  // The topology arrived: the belt (if on) can be drawn; nothing else changes.
  useEffect(() => {
    if (full) drawRef.current(false);
  }, [full]);

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        const layer = layerRef.current;
        if (s.hover.link !== prev.hover.link && layer) {
          markHovered(layer, s.hover.link);
          // Painted on the canvas, the hovered link may have no SVG group yet (hovered in
          // the table): draw it. One hovered on the map has its group: nothing to redraw
          // (at 100 briefings a redraw is 200 ms, and a pointer crosses links all the time).
          const id = s.hover.link;
          if (id && layer.hasAttribute('data-painted') && !hasGroup(layer, id)) {
            drawRef.current(false);
            markHovered(layer, id);
          }
        }
        if (s.hover.region !== prev.hover.region) drawRef.current(false, true);
      }),
    [],
  );

  return (
    <>
      <canvas
        ref={canvasRef}
        className="arcs-canvas"
        aria-hidden="true"
        style={{ width: size.width, height: size.height }}
      />
      <svg
        ref={svgRef}
        className="arcs-overlay"
        width={size.width}
        height={size.height}
        aria-hidden="true"
        data-arc-count={arcs.length}
        data-link-selected={selection.link ?? undefined}
      >
        <g ref={geographyRef} className="geography" />
        <g ref={hoverRef} className="hover" />
        <g ref={layerRef} className="arcs" />
        {/* Over the links, their halo masking a line that must cross them (a crowded
            region, or its own links drawn from its name); under the places' dots. */}
        <g ref={labelsRef} className="labels" />
        <g ref={placesRef} className="places" />
      </svg>
    </>
  );
}

/** Whether the link `id` has its SVG group in `layer` (drawArcs marks each `data-link`). */
function hasGroup(layer: SVGGElement, id: string): boolean {
  return layer.querySelector(`g.arc[data-link="${CSS.escape(id)}"]`) !== null;
}

/** The halo around a region name (overlay.css: stroke-width 4px), both sides. */
const LABEL_HALO = 4;

/** The lines written into each name's <text>, to rewrite them only when they change. */
const written = new WeakMap<SVGTextElement, string>();

/** A place's dot (4.5 px radius and its outline) with a little room around it. */
const DOT_BOX = 14;

/** The regions' name elements, and each name set on its lines with its size. */
type RegionNames = {
  labels: Selection<SVGTextElement, RegionLayer, SVGGElement, unknown>;
  set: Map<string, ReturnType<typeof setLines>>;
};

/** The regions' names, written (on one line or two) in the text elements of `layer`. */
function regionNames(
  layer: SVGGElement,
  regions: RegionLayer[],
  restyle: boolean,
  mapWidth: number,
): RegionNames {
  const labels = select(layer)
    .selectAll<SVGTextElement, RegionLayer>('text')
    .data(regions, (d) => d.id)
    .join('text');
  if (restyle) labels.attr('data-label', (d) => d.id);
  const node = labels.node();
  const style = node ? fontOf(node) : null;
  const size = style?.size || 15;
  const font = style?.font ?? null;
  const set = new Map(
    regions.map((r) => [
      r.id,
      setLines(
        r.name,
        (text) => drawnWidth(text, font, size, LABEL_HALO),
        size,
        regionNameWrap(mapWidth),
      ),
    ]),
  );
  labels.each(function (d) {
    const lines = set.get(d.id)!.lines;
    if (written.get(this) === lines.join('\n')) return;
    written.set(this, lines.join('\n'));
    // The lines centred on the name's point; the first keeps its trailing space, so the
    // text is the name.
    const first = `${-(lines.length - 1) * LINE_EM * 0.5}em`;
    select(this)
      .selectAll<SVGTSpanElement, string>('tspan')
      .data(lines)
      .join('tspan')
      .attr('x', 0)
      .attr('dy', (_, i) => (i === 0 ? first : `${LINE_EM}em`))
      .text((line) => line);
  });
  return { labels, set };
}

/**
 * Places the names of `which` (in that order) and shows or hides them: a name that would
 * sit under the panel, the legend or the inset, off the map or on a name already placed
 * moves aside to where it can be read; with nowhere near to go it is hidden (zoomed out in
 * a small map, five names would lie on each other). Returns every box taken, `taken`
 * included.
 */
function placeRegionNames(
  { labels, set }: RegionNames,
  project: Project,
  vis: Visibility,
  which: RegionLayer[],
  taken: Box[],
  /** The places' dots and the chips: kept clear of where there is room (the name is not hidden for them). */
  avoid: Box[],
  /** The links' lines: kept clear of where there is room, after `avoid`. */
  lines: Point[][],
): Box[] {
  const { spots, boxes } = placeLabels(
    which.map((r) => ({ id: r.id, at: project(r.label), ...set.get(r.id)! })),
    vis,
    taken,
    avoid,
    lines,
  );
  labels
    .filter((d) => spots.has(d.id))
    .attr('display', (d) => (spots.get(d.id) ? null : 'none'))
    .attr('transform', (d) => `translate(${(spots.get(d.id) ?? project(d.label)).join(',')})`);
  return boxes;
}

type Hovered = { feature: GeoData['regions']['features'][number]; color: string };

function drawHover(layer: SVGGElement, hovered: Hovered | null, project: Project) {
  // Built only while a region is hovered: most camera frames have nothing to outline.
  const path = hovered && screenPath(project);
  select(layer)
    .selectAll<SVGPathElement, Hovered>('path')
    .data(hovered ? [hovered] : [])
    .join('path')
    .attr('data-hovered-region', (d) => d.feature.properties.id)
    .attr('fill', (d) => d.color)
    .attr('d', (d) => path?.(d.feature) ?? null);
}
