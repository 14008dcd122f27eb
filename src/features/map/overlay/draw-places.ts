import { select, type Selection } from 'd3-selection';
import type { LngLat } from '../../../data/schema';
import type { Model } from '../../../data/model';
import type { Lang } from '../../../store/url-hash';
import type { Arc } from '../../../arcs/arc-model';
import type { Point } from '../../../arcs/arc-path';
import {
  boxesOverlap,
  LINE_EM,
  linesCrossing,
  setLines,
  textWidth,
  type Box,
  type Visibility,
} from './visibility';
import { drawnWidth, fontOf } from './text-width';

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

/** A name as set: its lines and the box they take. */
type Setting = ReturnType<typeof setLines>;

/** A place's dot on screen (overlay.css draws it 4.5 px across the middle, with a stroke). */
const DOT_RADIUS = 6;

/** Room kept between two names. */
const LABEL_GAP = 3;

/**
 * A place's name wider than this (px) is set on more lines: the English names of the
 * innovation centres (Shanghai Disruptive Technology Innovation Center) ran across a
 * region and its places.
 */
const PLACE_WRAP_FROM = 170;

/** A name on one line at least this wide (px) may be set on two where one crosses a line… */
const NARROW_FROM = 80;
/** …each line at most this share of its width (the most even split within it). */
const NARROW_SHARE = 0.65;

/**
 * Where a name may sit beside its dot, in order of preference: right, left, below, above,
 * then at a corner (a dot moved apart from another's, 深圳 beside 香港 at the country's
 * scale, had no side free).
 */
const SPOTS = [
  { dx: 8, dy: 0, anchor: 'start' },
  { dx: -8, dy: 0, anchor: 'end' },
  { dx: 0, dy: 14, anchor: 'middle' },
  { dx: 0, dy: -14, anchor: 'middle' },
  { dx: 6, dy: 12, anchor: 'start' },
  { dx: -6, dy: 12, anchor: 'end' },
  { dx: 6, dy: -12, anchor: 'start' },
  { dx: -6, dy: -12, anchor: 'end' },
] as const;

export type NameSpot = (typeof SPOTS)[number];

/** A name placed: its spot, its lines, and the first line's height above or below the dot. */
export type PlacedName = NameSpot & { lines: string[]; y: number };

/**
 * Where each marker's name goes, greedily (a chosen place first, then by row): the first
 * spot beside its dot where it is wholly visible and covers no other name and no region
 * label (`taken`) and lies on no other place's dot; null when there is none (the name is
 * in the tooltip and the panel; a dot under a name could be neither seen nor told apart).
 * A long name is set on lines, beside its dot centred on it, below or above it from it. A
 * stacked name (row > 0) only goes right: below the names placed right of the same dot, or
 * else above them.
 */
export function placeNames(
  markers: PlaceMarker[],
  project: (p: LngLat) => Point,
  vis: Visibility,
  size: number,
  taken: Box[] = [],
  {
    boxes = [...taken],
    stops = [],
    measure = (text) => textWidth(text, size),
    links = [],
  }: {
    /** Filled with every box taken, `taken` included. */
    boxes?: Box[];
    /** Other dots on the map to keep off: a corridor's stops. */
    stops?: readonly LngLat[];
    /** A line's width as drawn (the estimate `textWidth` where the font is not known). */
    measure?: (text: string) => number;
    /** The links' lines as drawn: kept off where a spot beside the dot is clear of them. */
    links?: readonly (readonly Point[])[];
  } = {},
): Map<string, PlacedName | null> {
  const set = new Map(markers.map((m) => [m.id, setLines(m.name, measure, size, PLACE_WRAP_FROM)]));
  // A long name on one line also set on two, narrower, for where one line lies across a
  // link's line at every spot: 京津冀国家技术创新中心 at 1024 in the deck's first step had
  // no spot clear of the links from its dot (京津冀's name above, 黄河流域's below).
  const narrow = (m: PlaceMarker) => {
    const one = set.get(m.id)!;
    if (one.lines.length > 1 || one.width < NARROW_FROM) return null;
    const two = setLines(m.name, measure, size, one.width * NARROW_SHARE);
    return two.lines.length > 1 ? two : null;
  };
  // Per spot, the names placed right of its dot: where the next stacked name's first line
  // goes below them, and where their top is (from the dot). At 1920 in the deck's first
  // step 上海 had no room below 上海颠覆性 / 技术创新中心 (金华 was there) and was left out.
  const stack = new Map<string, { next: number; top: number }>();
  // Every dot (a spot's first marker, a stop), once per spot: with every briefing, 1,645
  // places lie on a few dozen spots.
  const spots = new Map(
    [...markers.filter((m) => m.row === 0).map((m) => m.at), ...stops].map((at) => [at.join(), at]),
  );
  const dots = [...spots].map(([key, at]) => {
    const [x, y] = project(at);
    const r = DOT_RADIUS;
    return { spot: key, box: { x0: x - r, x1: x + r, y0: y - r, y1: y + r } };
  });
  const crossed = links.length > 0 ? linesCrossing(links) : null;
  const spot = new Map<string, PlacedName | null>();
  const order = [...markers].sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.row - b.row);
  for (const m of order) {
    const at = project(m.at);
    // First a spot no link's line runs through (a line through a name is hard to read: the
    // link from 京津冀 to Guangzhou had run through 京津冀国家技术创新中心), on one line and
    // then on two (set only then); then any, on one line.
    const crossesHere = crossed?.from(at, OWN_LINES_NEAR);
    const whole = set.get(m.id)!;
    let placed = crossesHere ? placeAt(m, at, crossesHere, whole, true) : null;
    const two = placed || !crossesHere ? null : narrow(m);
    if (two) placed = placeAt(m, at, crossesHere, two, true);
    spot.set(m.id, placed ?? placeAt(m, at, crossesHere, whole, false));
  }
  return spot;

  /**
   * The first spot beside `m`'s dot (at `x`, `y`) where its name, set so, fits, taken then:
   * clear of the links' lines if `clear`; else, where some cross every spot, the one that
   * fewest cross (`crossesHere` counts them; at 1024 in the deck's first step both links
   * from 京津冀's centre had run through its name below the dot, where one crossed it
   * beside it).
   */
  function placeAt(
    m: PlaceMarker,
    [x, y]: Point,
    crossesHere: ((box: Box, upTo?: number) => number) | undefined,
    setting: Setting,
    clear: boolean,
  ): PlacedName | null {
    const own = m.at.join();
    const { lines, width: w, height: h } = setting;
    const stacked = m.row > 0 ? stack.get(own) : undefined;
    // A stacked name's first line's centre (from the dot): below the names right of the
    // dot, then above them; level with the dot where none is placed there.
    const rows = stacked
      ? [stacked.next, stacked.top - LABEL_GAP - h + size / 2]
      : m.row > 0
        ? [0]
        : null;
    let best: { s: NameSpot; first: number; box: Box; crossed: number } | null = null;
    spots: for (const s of SPOTS) {
      if (m.row > 0 && s.anchor !== 'start') continue;
      const x0 = s.anchor === 'start' ? x + s.dx : s.anchor === 'end' ? x + s.dx - w : x - w / 2;
      // The first line's centre, from the dot: beside it the lines are centred on it, above
      // it the last line is nearest.
      const firsts =
        rows ?? (s.dy < 0 ? [s.dy - (h - size)] : s.dy > 0 ? [s.dy] : [-(h - size) / 2]);
      for (const first of firsts) {
        const y0 = y + first - size / 2;
        const box = { x0, x1: x0 + w, y0, y1: y0 + h };
        const centre: Point = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
        if (!vis.fits(centre, w, h) || boxes.some((b) => boxesOverlap(b, box, LABEL_GAP))) continue;
        if (dots.some((d) => d.spot !== own && boxesOverlap(d.box, box, 1))) continue;
        const crossed: number = crossesHere?.(box, clear ? 1 : (best?.crossed ?? Infinity)) ?? 0;
        if (clear && crossed > 0) continue;
        if (!best || crossed < best.crossed) best = { s, first, box, crossed };
        if (crossed === 0) break spots;
      }
    }
    if (!best) return null;
    boxes.push(best.box);
    if (best.s.anchor === 'start') {
      const top = best.box.y0 - y;
      const bottom = best.first + h + LABEL_GAP;
      stack.set(own, {
        next: Math.max(stacked?.next ?? -Infinity, bottom),
        top: Math.min(stacked?.top ?? Infinity, top),
      });
    }
    return { ...best.s, lines, y: best.first };
  }
}

/**
 * Two dots closer than this on screen (centre to centre) are moved apart until they are
 * this far: their rings (4.5 px and a stroke) had lain on each other, 深圳 and 香港 read as
 * one place at the country's scale, its name one of the two. Neither moves more than half
 * of it from where it is.
 */
const DOTS_APART = 12;
/** With more spots than this (several briefings) dots are not moved: they crowd anyway. */
const SPREAD_UP_TO = 60;

/**
 * Where each spot's dot is drawn, for those that are moved: spots that would lie on each
 * other on screen are pushed apart, each half the way, along the line between them (a
 * few rounds, for three in a row). The links end at the dots as drawn. Keyed by the
 * spot's coordinates joined; a spot not moved is not in the map.
 */
export function spreadDots(
  spots: readonly LngLat[],
  project: (p: LngLat) => Point,
): Map<string, Point> {
  const unique = new Map(spots.map((p) => [p.join(), p]));
  const moved = new Map<string, Point>();
  if (unique.size < 2 || unique.size > SPREAD_UP_TO) return moved;
  const keys = [...unique.keys()];
  const at = [...unique.values()].map(project);
  const start = at.map(([x, y]) => [x, y] as Point);
  for (let round = 0; round < 4; round++) {
    let pushed = false;
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) {
        const [ax, ay] = at[i]!;
        const [bx, by] = at[j]!;
        const d = Math.hypot(bx - ax, by - ay);
        if (d >= DOTS_APART - 0.01) continue;
        // Side by side where they are on one point; else along the line between them.
        const [ux, uy] = d < 0.01 ? [1, 0] : [(bx - ax) / d, (by - ay) / d];
        const half = (DOTS_APART - d) / 2;
        at[i] = [ax - ux * half, ay - uy * half];
        at[j] = [bx + ux * half, by + uy * half];
        pushed = true;
      }
    if (!pushed) break;
  }
  at.forEach(([x, y], i) => {
    const [x0, y0] = start[i]!;
    if (Math.abs(x - x0) > 0.01 || Math.abs(y - y0) > 0.01) moved.set(keys[i]!, [x, y]);
  });
  return moved;
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
  spots: Map<string, PlacedName | null>,
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

/** A place's own link (drawn from its dot) may touch its name this near the dot (px). */
const OWN_LINES_NEAR = 8;

/** The halo around a place's name (overlay.css: stroke-width 3.5px), both sides. */
const PLACE_HALO = 3.5;

/** The font the places' names are drawn in, read from one of them. */
function namesFont(layer: SVGGElement): { font: string | null; size: number } {
  const drawn = layer.querySelector<SVGTextElement>('g.place-marker text');
  if (drawn) return fontOf(drawn);
  const probe = select(layer).append('g').attr('class', 'place-marker');
  const read = fontOf(probe.append('text').node()!);
  probe.remove();
  return read.size ? read : { font: null, size: DEFAULT_SIZE };
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
  /** Other dots on the map to keep off: a corridor's stops. */
  stops: readonly LngLat[] = [],
  /** The links' lines, kept off the names where there is room. */
  lines: readonly (readonly Point[])[] = [],
): Box[] {
  // The names' font, from one already drawn (read before this drawing changes anything, so
  // no style is computed twice); from a name drawn for the purpose the first time.
  const { font, size } = namesFont(layer);
  const boxes = [...taken];
  const measure = (text: string) => drawnWidth(text, font, size, PLACE_HALO);
  const spot = placeNames(markers, project, vis, size, taken, {
    boxes,
    stops,
    measure,
    links: lines,
  });
  const shown = markersToDraw(markers, spot, project);
  let entered: Selection<SVGGElement, PlaceMarker, SVGGElement, unknown> | null = null;
  const groups = select(layer)
    .selectAll<SVGGElement, PlaceMarker>('g.place-marker')
    .data(shown, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'place-marker');
      g.append('circle').attr('r', 4.5);
      g.append('text');
      entered = g;
      return g;
    });
  // Which places are in the page changes as the map moves (a name finds room or loses it):
  // those that come in are styled whatever the redraw.
  const styled = restyle ? groups : entered;
  if (styled) styled.attr('data-place', (d) => d.id).classed('chosen', (d) => d.chosen);
  groups.select('circle').attr('display', (d) => (d.row === 0 ? null : 'none'));
  const text = groups
    .attr('transform', (d) => `translate(${project(d.at).join(',')})`)
    .attr('display', (d) => (vis.visible(project(d.at)) ? null : 'none'))
    .select('text')
    .attr('display', (d) => (spot.get(d.id) ? null : 'none'))
    .attr('text-anchor', (d) => spot.get(d.id)?.anchor ?? 'start');
  // One tspan per line, each from the spot's x; the name whole in the text's own content.
  text
    .selectAll<SVGTSpanElement, string>('tspan')
    .data((d) => spot.get(d.id)?.lines ?? [d.name])
    .join('tspan')
    // Centred on its line by the stylesheet (dominant-baseline: middle), as the regions'
    // names are: a 0.35em shift on top had drawn every place's name 4–5 px below its box,
    // into the name under it (京津冀国家技术创新中心 into 黄河流域 on a phone).
    .text((line) => line);
  text.each(function (d) {
    const at = spot.get(d.id);
    select(this)
      .selectAll('tspan')
      .attr('x', at?.dx ?? 0)
      .attr('y', (_, i) => (at?.y ?? 0) + i * LINE_EM * size);
  });
  return boxes;
}
