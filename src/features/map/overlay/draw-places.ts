import { select, type Selection } from 'd3-selection';
import type { LngLat } from '../../../data/schema';
import type { Model } from '../../../data/model';
import type { Lang } from '../../../store/url-hash';
import type { Arc } from '../../../arcs/arc-model';
import type { Point } from '../../../arcs/arc-path';
import { boxesOverlap, textWidth, type Box, type Visibility } from './visibility';

/** A place that takes part in what is shown: a dot and its name. */
export type PlaceMarker = {
  id: string;
  at: LngLat;
  name: string;
  /** Places at one spot (上海, its centre, its forum) are stacked: this one's row. */
  row: number;
  chosen: boolean;
};

/**
 * The places at the ends of the arcs shown (not regions: those have their own labels),
 * and a place chosen in search, each once. Places at one spot share a dot, their names
 * stacked.
 */
export function placeMarkers(
  model: Model,
  arcs: Arc[],
  chosen: string | null | undefined,
  lang: Lang,
): PlaceMarker[] {
  const ids = new Set<string>();
  if (chosen) ids.add(chosen);
  for (const arc of arcs) {
    if (!arc.active) continue;
    for (const id of [arc.fromId, arc.toId]) if (model.place(id)?.coordinates) ids.add(id);
  }
  const rows = new Map<string, number>();
  const markers: PlaceMarker[] = [];
  for (const id of ids) {
    const place = model.place(id);
    if (!place?.coordinates || place.region === null) continue;
    const spot = place.coordinates.join();
    const row = rows.get(spot) ?? 0;
    rows.set(spot, row + 1);
    markers.push({ id, at: place.coordinates, name: place.name[lang], row, chosen: id === chosen });
  }
  return markers;
}

/** The names' size in overlay.css (--map-label-size, when no presentation sets it). */
const DEFAULT_SIZE = 13;

/** Room kept between two names. */
const LABEL_GAP = 3;

/** The rows of stacked names are a name's height and the gap apart, so each one fits. */
const rowHeight = (size: number) => size + LABEL_GAP;

/** Where a name may sit beside its dot, in order of preference: right, left, below, above. */
const SPOTS = [
  { dx: 8, dy: 0, anchor: 'start' },
  { dx: -8, dy: 0, anchor: 'end' },
  { dx: 0, dy: 14, anchor: 'middle' },
  { dx: 0, dy: -14, anchor: 'middle' },
] as const;

export type NameSpot = (typeof SPOTS)[number];

/**
 * Where each marker's name goes, greedily (a chosen place first, then by row): the first
 * spot beside its dot where it is wholly visible and covers no other name and no region
 * label (`taken`); null when there is none. A stacked name (row > 0) only goes right.
 */
export function placeNames(
  markers: PlaceMarker[],
  project: (p: LngLat) => Point,
  vis: Visibility,
  size: number,
  taken: Box[] = [],
  /** Filled with every box taken, `taken` included. */
  boxes: Box[] = [...taken],
): Map<string, NameSpot | null> {
  const spot = new Map<string, NameSpot | null>();
  const order = [...markers].sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.row - b.row);
  for (const m of order) {
    const [x, y] = project(m.at);
    const w = textWidth(m.name, size);
    const rowY = y + m.row * rowHeight(size);
    const fits = SPOTS.find((s) => {
      if (m.row > 0 && s.anchor !== 'start') return false;
      const x0 = s.anchor === 'start' ? x + s.dx : s.anchor === 'end' ? x + s.dx - w : x - w / 2;
      const box = { x0, x1: x0 + w, y0: rowY + s.dy - size / 2, y1: rowY + s.dy + size / 2 };
      const centre: Point = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
      if (!vis.fits(centre, w, size) || boxes.some((b) => boxesOverlap(b, box, LABEL_GAP)))
        return false;
      boxes.push(box);
      return true;
    });
    spot.set(m.id, fits ?? null);
  }
  return spot;
}

/** Dots closer than this on screen are drawn as one (they would cover each other). */
const DOT_CELL = 4;

/**
 * The markers that show something: every name that found a spot, and one dot per spot on
 * screen (a cell of DOT_CELL px: dots closer than that would cover each other). The rest
 * would draw nothing visible and are left out of the page: with every briefing, 1,645
 * places on a few dozen spots, redrawn after every movement.
 */
export function markersToDraw(
  markers: PlaceMarker[],
  spots: Map<string, NameSpot | null>,
  project: (p: LngLat) => Point,
): PlaceMarker[] {
  const dots = new Set<string>();
  return markers.filter((m) => {
    if (m.row > 0) return Boolean(spots.get(m.id));
    const [x, y] = project(m.at);
    const cell = `${Math.floor(x / DOT_CELL)},${Math.floor(y / DOT_CELL)}`;
    const first = !dots.has(cell);
    dots.add(cell);
    return first || Boolean(spots.get(m.id));
  });
}

/**
 * Draws the markers. Names are placed greedily (a chosen place first) beside their dot
 * where they cover no other name and no region label (`taken`); a name with no free spot
 * is left out, its dot stays (its name is in the panel and the tooltip of its link).
 * Returns the boxes taken, `taken` included.
 */
export function drawPlaces(
  layer: SVGGElement,
  markers: PlaceMarker[],
  project: (p: LngLat) => Point,
  vis: Visibility,
  restyle: boolean,
  taken: Box[] = [],
): Box[] {
  // The names' size, from one already drawn (read before this drawing changes anything, so
  // no style is computed twice); the stylesheet's default the first time.
  const sample = layer.querySelector<SVGTextElement>('g.place-marker text');
  const size = (sample && parseFloat(getComputedStyle(sample).fontSize)) || DEFAULT_SIZE;
  const boxes = [...taken];
  const spot = placeNames(markers, project, vis, size, taken, boxes);
  const shown = markersToDraw(markers, spot, project);
  let entered: Selection<SVGGElement, PlaceMarker, SVGGElement, unknown> | null = null;
  const groups = select(layer)
    .selectAll<SVGGElement, PlaceMarker>('g.place-marker')
    .data(shown, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'place-marker');
      g.append('circle').attr('r', 4.5);
      g.append('text').attr('dy', '0.35em');
      entered = g;
      return g;
    });
  // Which places are in the page changes as the map moves (a name finds room or loses it):
  // those that come in are styled whatever the redraw.
  const styled = restyle ? groups : entered;
  if (styled)
    styled
      .attr('data-place', (d) => d.id)
      .classed('chosen', (d) => d.chosen)
      .select('text')
      .text((d) => d.name);
  groups.select('circle').attr('display', (d) => (d.row === 0 ? null : 'none'));
  groups
    .attr('transform', (d) => `translate(${project(d.at).join(',')})`)
    .attr('display', (d) => (vis.visible(project(d.at)) ? null : 'none'))
    .select('text')
    .attr('display', (d) => (spot.get(d.id) ? null : 'none'))
    .attr('x', (d) => spot.get(d.id)?.dx ?? 0)
    .attr('y', (d) => (spot.get(d.id)?.dy ?? 0) + d.row * rowHeight(size))
    .attr('text-anchor', (d) => spot.get(d.id)?.anchor ?? 'start');
  return boxes;
}
