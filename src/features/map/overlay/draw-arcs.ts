import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { LngLat } from '../../../data/schema';
import type { Arc } from '../../../arcs/arc-model';
import { controlPoint, curvePath, curvePoint, type Point } from '../../../arcs/arc-path';
import { arcWidth, kindStyle, KIND_STYLES } from '../../../arcs/arc-styles';
import { boxAt, textWidth, type Box, type Visibility } from './visibility';
import { drawCorridors } from './draw-corridors';
import {
  CANVAS_FROM,
  paintArcs,
  type ArcOpacities,
  type CountStyle,
  type PaintedArc,
} from './paint-arcs';

export type ArcHandlers = {
  onHover: (arc: Arc | null, event?: PointerEvent) => void;
  onClick: (arc: Arc) => void;
};

const DRAW_MS = 600;
const CHIP_FONT = 12;
const CHIP_PAD = 6;
const CHIP_H = 22;
/** A chip's second line, below its first (px). */
const CHIP_LINE = 14;
/** The room draw-places keeps between names (LABEL_GAP), not needed at a chip's border. */
const CHIP_ROOM = 3;

/**
 * Where an arc is drawn: from its visible end `a` along the curve toward `b`, up to `t`
 * (1: all of it). `edge`: the far end is hidden, and a chip naming it sits at `chip`.
 */
export type Placed = {
  arc: Arc;
  a: Point;
  c: Point;
  b: Point;
  t: number;
  /** The arc is drawn from its `to` end (its `from` end is hidden). */
  reversed: boolean;
  /** `text` on its `lines` (one or two), in a box `width` × `height`. */
  chip: { at: Point; text: string; lines: string[]; width: number; height: number } | null;
};

/**
 * Hover and click on a drawn link (an arc or a corridor). The handlers read the datum at
 * event time, which each redraw keeps current.
 */
export function listen<D extends { arc: Arc }, P extends Element>(
  groups: Selection<SVGGElement, D, P, unknown>,
  handlers: ArcHandlers,
): void {
  groups
    .on('pointerenter', (event: PointerEvent, d) => handlers.onHover(d.arc, event))
    .on('pointermove', (event: PointerEvent, d) => handlers.onHover(d.arc, event))
    .on('pointerleave', () => handlers.onHover(null))
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      handlers.onClick(d.arc);
    });
}

/** An arrowhead per kind colour, defined once per overlay svg: only directed links get one. */
export function ensureMarkers(svg: SVGSVGElement): void {
  const root = select(svg);
  if (!root.select('defs.arc-markers').empty()) return;
  const defs = root.append('defs').attr('class', 'arc-markers');
  KIND_STYLES.forEach((style, i) => {
    defs
      .append('marker')
      .attr('id', `arc-end-${i}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 8)
      .attr('refY', 5)
      .attr('markerWidth', 5)
      .attr('markerHeight', 5)
      // The same head at either end of the path (a link drawn from its `to` end).
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('d', 'M0,0L10,5L0,10z')
      .attr('fill', style.color);
  });
}

/**
 * A chip names its end in lines of at most about this many pixels of text, and of at most
 * a third of the width of the map's largest free rectangle (`roomWidth`: on a phone, or
 * beside the network view, a whole name on one line lay over the names of the regions it
 * crossed). A longer name takes a second line where the free map is at least
 * CHIP_TWO_LINES_FROM wide; only a name too long for two, or on a narrower map, is
 * shortened (the whole name is in the link's tooltip, panel and table). On a phone a chip
 * two lines high took the room beside Shanghai that 'Yangtze River Delta' needs, and the
 * name went down to Guangdong.
 */
const CHIP_TEXT_MAX = 200;
const CHIP_TEXT_OF_WIDTH = 1 / 3;
const CHIP_TWO_LINES_FROM = 420;

const chipWidth = (text: string) => textWidth(text.trimEnd(), CHIP_FONT);

function shorten(name: string, max: number): string {
  if (chipWidth(name) <= max) return name;
  let cut = '';
  for (const ch of name) {
    if (chipWidth(`${cut}${ch}…`) > max) break;
    cut += ch;
  }
  return `${cut.trimEnd()}…`;
}

const cjk = (c: string) => /[\u2e80-\u9fff\uff00-\uffef]/.test(c);

/** Where a line may break: after a space, or between two Chinese characters. */
function breaks(text: string): number[] {
  const chars = [...text];
  const at: number[] = [];
  let index = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    index += chars[i]!.length;
    if (chars[i] === ' ' || (cjk(chars[i]!) && cjk(chars[i + 1]!))) at.push(index);
  }
  return at;
}

/**
 * `text` on one line if it fits in `max` px, else on two as even as they can be; a second
 * line still too long is shortened. Each line but the last keeps its space, so the lines
 * joined are the text (or its shortened form).
 */
export function chipLines(text: string, max: number, maxLines: 1 | 2 = 2): string[] {
  if (chipWidth(text) <= max) return [text];
  if (maxLines === 1) return [shorten(text, max)];
  let best: [string, string] | null = null;
  let widest = Infinity;
  for (const at of breaks(text)) {
    const pair: [string, string] = [text.slice(0, at), text.slice(at)];
    const w = Math.max(...pair.map(chipWidth));
    if (w < widest && chipWidth(pair[0]) <= max) [best, widest] = [pair, w];
  }
  if (!best) return [shorten(text, max)];
  return [best[0], shorten(best[1], max)];
}

function chipText(arc: Arc, hiddenIsTo: boolean): string {
  const name = hiddenIsTo ? arc.toName : arc.fromName;
  if (!arc.directed) return `↔ ${name}`;
  return hiddenIsTo ? `→ ${name}` : `← ${name}`;
}

/** Between `lo`, where `ok` holds, and `hi`, where it does not: the last point where it holds (to a 256th of the gap). */
function lastWhere(lo: number, hi: number, ok: (t: number) => boolean): number {
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Places an arc for this camera: both ends visible, it is drawn whole; one end hidden (off
 * the map, or under the panel, legend, inset or sheet) or far away (the world), it is drawn
 * up to where it leaves the visible map, and a chip there names the far end.
 */
function place(
  arc: Arc,
  project: (p: LngLat) => Point,
  vis: Visibility,
  textMax: number,
  maxLines: 1 | 2,
): Placed {
  const from = project(arc.from);
  const to = project(arc.to);
  // The model's bend (links between the same two regions fanned apart), from→to.
  const c = controlPoint(from, to, arc.bend);
  const fromIn = arc.far !== 'from' && vis.visible(from);
  const toIn = arc.far !== 'to' && vis.visible(to);
  if (fromIn === toIn && !arc.far)
    return { arc, a: from, c, b: to, t: 1, reversed: false, chip: null };
  if (!fromIn && !toIn) return { arc, a: from, c, b: to, t: 1, reversed: false, chip: null };
  const reversed = !fromIn;
  const [a, b] = reversed ? [to, from] : [from, to];
  const lines = chipLines(chipText(arc, !reversed), textMax, maxLines);
  const text = lines.join('');
  const width = Math.max(...lines.map(chipWidth)) + CHIP_PAD * 2;
  const height = CHIP_H + (lines.length - 1) * CHIP_LINE;
  // Walk the curve from the visible end to where it last shows before it leaves the map (a
  // line that passes under the legend and comes out below it ends at the map's edge, not
  // at the legend's: in English the wider legend had put '↔ Africa' inside the chosen
  // region), then back until the whole chip fits in the visible part.
  const STEP = 1 / 64;
  let t = 0;
  for (let s = STEP; s <= 1; s += STEP) {
    const p = curvePoint(a, c, b, s);
    if (vis.visible(p)) t = s;
    else if (!vis.onMap?.(p)) break;
  }
  // Where between two steps it leaves: a far end's curve is long, and a 64th of it can be
  // tens of pixels (the chip to Africa stopped 55 px short of the map's side).
  const shows = (s: number) => vis.visible(curvePoint(a, c, b, s));
  // The chip on the line: centred on it, or slid along its row so the line meets one of
  // its ends (the visible end's side first). Only centred, a long name did not fit where a
  // link left the map beside the links table, and was put back beside the link's other end.
  const slide = width / 2 - CHIP_H / 2;
  const toward = Math.sign(a[0] - curvePoint(a, c, b, t)[0]) || -1;
  const chipAt = (s: number): Point | null => {
    const [x, y] = curvePoint(a, c, b, s);
    const spots: Point[] = [
      [x, y],
      [x + toward * slide, y],
      [x - toward * slide, y],
    ];
    return spots.find((p) => vis.fits(p, width, height)) ?? null;
  };
  const chipFits = (s: number) => chipAt(s) !== null;
  t = lastWhere(t, Math.min(t + STEP, 1), shows);
  if (!chipFits(t)) {
    // Back, a step at a time, until the chip fits; then forward again, as far as it fits.
    let over = t;
    while (t > 0 && !chipFits(t)) {
      over = t;
      t = Math.max(t - STEP, 0);
    }
    if (chipFits(t)) t = lastWhere(t, over, chipFits);
  }
  let at = chipAt(t) ?? curvePoint(a, c, b, t);
  // Nowhere on the line (its visible end is beside the panel or the inset): beside that end.
  if (!vis.fits(at, width, height)) {
    const [x, y] = at;
    const half = width / 2 + 4;
    const beside = [
      [-half, 0],
      [half, 0],
      [0, -height],
      [0, height],
      [-half, -height],
      [half, -height],
      [-half, height],
      [half, height],
    ].map(([dx, dy]): Point => [x + dx!, y + dy!]);
    at = beside.find((p) => vis.fits(p, width, height)) ?? at;
  }
  const chip = { at, text, lines, width, height };
  return { arc, a, c, b, t: Math.max(t, 0), reversed, chip };
}

/** Where the links take the pointer (overlay.css gives their hit paths pointer-events). */
const INTERACTIVE = ".app[data-panel='open'], .app[data-presenting]";

/** Where the arcs' lines are painted once there are many (see CANVAS_FROM). */
export type ArcCanvas = { canvas: HTMLCanvasElement; width: number; height: number };

/**
 * The arcs (links without `via`: corridors are drawn by drawCorridors) placed for this
 * camera, and the chips that are shown, in boxes: the names on the map keep clear of them.
 * With one link chosen, only it names its hidden ends: the other links are dimmed context,
 * and their chips would crowd the chosen link's ends. A chip that would lie on one already
 * placed is left out (its line is still drawn, the table lists the link): two chips on top
 * of each other are both unreadable (the overview beside the links table stacked three at
 * the table's edge), and with every briefing hundreds of them stacked on the same few far
 * ends (全球, 非洲…) took most of a redraw's time.
 */
export function placeArcs(
  arcs: Arc[],
  project: (p: LngLat) => Point,
  vis: Visibility,
  roomWidth: number,
): { placed: Placed[]; chips: Set<Placed>; boxes: Box[] } {
  const chosen = arcs.some((a) => a.selected);
  const textMax = Math.min(CHIP_TEXT_MAX, roomWidth * CHIP_TEXT_OF_WIDTH);
  const maxLines = roomWidth >= CHIP_TWO_LINES_FROM ? 2 : 1;
  const placed = arcs
    .filter((arc) => !arc.path)
    .map((arc) => {
      const p = place(arc, project, vis, textMax, maxLines);
      return chosen && !arc.selected && p.chip ? { ...p, chip: null } : p;
    });
  const chips = unstackedChips(placed);
  // Less the room names keep between each other: a name may come up to a chip's border.
  const boxes = [...chips].map((d) =>
    boxAt(d.chip!.at, d.chip!.width - 2 * CHIP_ROOM, d.chip!.height - 2 * CHIP_ROOM),
  );
  return { placed, chips, boxes };
}

/** A count's box: 12 px bold digits (network-view.css, .arc-count) and their 2 px halo. */
const COUNT_DIGIT_W = 7.5;
const COUNT_H = 16;
/** Where along its line a count may be written: the middle, then further out each side. */
const COUNT_SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74];
/** Then beside the line, this far from it (px), at the same points. */
const COUNT_BESIDE = 11;

/** Points on the curve at COUNT_SPOTS, then beside it on either side. */
function countCandidates({ a, c, b }: Placed): Point[] {
  const on = COUNT_SPOTS.map((t) => curvePoint(a, c, b, t));
  const beside = COUNT_SPOTS.flatMap((t, i) => {
    // The curve's direction at t (a quadratic's derivative, halved), turned a quarter.
    const dx = (1 - t) * (c[0] - a[0]) + t * (b[0] - c[0]);
    const dy = (1 - t) * (c[1] - a[1]) + t * (b[1] - c[1]);
    const len = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [(-dy / len) * COUNT_BESIDE, (dx / len) * COUNT_BESIDE];
    const [x, y] = on[i]!;
    return [
      [x + nx, y + ny],
      [x - nx, y - ny],
    ] as Point[];
  });
  return [...on, ...beside];
}

/** Where the overview's counts are written: a point on each counted line. */
export type CountSpots = Map<Placed, Point>;

/**
 * Where each count of the overview (the links between two regions, on the middle one of
 * them) is written: at its line's middle, or further along the line where the middle lies
 * on a name or a place's dot (`taken`), or on a count placed before it, or else just beside
 * the line. The names are drawn over the links: at 1024 px a count under 长三角 was
 * hidden, and others touched 合肥 and the places' dots. Where no spot is clear (a phone's
 * small map), the one that covers the least of them.
 */
export function placeCounts(placed: readonly Placed[], taken: readonly Box[]): CountSpots {
  const spots: CountSpots = new Map();
  const boxes = [...taken];
  for (const d of placed) {
    if (d.arc.pairCount === undefined || d.chip) continue;
    const w = String(d.arc.pairCount).length * COUNT_DIGIT_W + 4;
    // The first clear spot; where none is, the one that covers the least.
    let best: { at: Point; covered: number } | null = null;
    for (const at of countCandidates(d)) {
      const box = boxAt(at, w, COUNT_H);
      const covered = boxes.reduce((sum, b) => sum + overlapArea(box, b), 0);
      if (!best || covered < best.covered) best = { at, covered };
      if (covered === 0) break;
    }
    const at = best!.at;
    boxes.push(boxAt(at, w, COUNT_H));
    spots.set(d, at);
  }
  return spots;
}

/** The area two boxes share (px²), a pixel's margin around `a` included. */
function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1 + 1, b.x1) - Math.max(a.x0 - 1, b.x0);
  const h = Math.min(a.y1 + 1, b.y1) - Math.max(a.y0 - 1, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Where a count is written: its spot (placeCounts), else its line's middle. */
const countAt = (d: Placed, counts: CountSpots | undefined): Point =>
  counts?.get(d) ?? curvePoint(d.a, d.c, d.b, 0.5);

/** Points along each drawn curve: enough that the polyline stays within a pixel or two. */
const LINE_SAMPLES = 16;
/**
 * From this many links on, their lines are not kept off the names: they cover the map
 * (the canvas paints them, CANVAS_FROM) and no spot is clear of them.
 */
const LINES_AVOIDED_UNDER = CANVAS_FROM;

/**
 * The links' lines as drawn, as polylines in screen pixels (each curve as far as it is
 * drawn, each corridor through its stops): what the region names keep clear of. None where
 * there are so many that nothing could keep clear of them.
 */
export function arcLines(arcs: Arc[], placed: Placed[], project: (p: LngLat) => Point): Point[][] {
  if (arcs.length >= LINES_AVOIDED_UNDER) return [];
  const curves = placed.map(({ a, c, b, t }) =>
    Array.from({ length: LINE_SAMPLES + 1 }, (_, i) => curvePoint(a, c, b, (i / LINE_SAMPLES) * t)),
  );
  const corridors = arcs.filter((arc) => arc.path).map((arc) => arc.path!.map(project));
  return [...curves, ...corridors];
}

/**
 * Draws the arcs into `layer` in screen pixels: the corridors among `arcs`, and the
 * others as `placeArcs` placed them. Called on every camera change: with `restyle` false
 * (the arcs are the same, only the camera moved) it sets no more than the geometry, and
 * styles only arcs that have just come into view. `animate` grows newly added arcs in.
 * With CANVAS_FROM arcs or more, their lines are painted on `canvas` (the chosen and the
 * hovered one stay SVG lines above it); each keeps its SVG group for the pointer, its chip
 * and its count (written where `counts` places it).
 */
export function drawArcs(
  layer: SVGGElement,
  arcs: Arc[],
  { placed, chips: withChip }: ReturnType<typeof placeArcs>,
  project: (p: LngLat) => Point,
  handlers: ArcHandlers,
  {
    animate,
    restyle,
    canvas,
    counts,
  }: { animate: boolean; restyle: boolean; canvas?: ArcCanvas | null; counts?: CountSpots },
): void {
  drawCorridors(layer, arcs, project, handlers);
  // Many links: their lines (and counts) are painted on the canvas. An SVG group is kept
  // only where it is needed: for the pointer once something is chosen (the overview's
  // arcs are a picture, see overlay.css), and for the chosen link, the hovered one and
  // the chips. A group per link was most of a pan's frame time at 1,851 links.
  const painted = canvas && placed.length >= CANVAS_FROM ? canvas : null;
  const hasChip = (d: Placed) => withChip.has(d);
  const hoveredId = layer.getAttribute('data-hovered-link');
  const interactive = !painted || layer.closest(INTERACTIVE) !== null;
  const inSvg = interactive
    ? placed
    : placed.filter((d) => d.arc.selected || hasChip(d) || d.arc.id === hoveredId);
  let entered: Selection<SVGGElement, Placed, SVGGElement, unknown> | null = null;
  const groups = select(layer)
    .selectAll<SVGGElement, Placed>('g.arc')
    .data(inSvg, (d) => d.arc.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'arc');
      g.append('path').attr('class', 'arc-line');
      g.append('path').attr('class', 'arc-hit');
      const chip = g.append('g').attr('class', 'arc-edge');
      chip.append('rect').attr('rx', CHIP_H / 2);
      chip.append('text').attr('text-anchor', 'middle');
      g.append('text').attr('class', 'arc-count');
      entered = g;
      return g;
    });

  const styled: Selection<SVGGElement, Placed, SVGGElement, unknown> | null = restyle
    ? groups
    : entered;
  if (styled) {
    styled
      .attr('data-link', (d) => d.arc.id)
      .attr('data-kind', (d) => d.arc.kind)
      .attr('data-from', (d) => (d.arc.far === 'from' ? null : d.arc.from.join(',')))
      .attr('data-to', (d) => (d.arc.far === 'to' ? null : d.arc.to.join(',')))
      .attr('data-far', (d) => d.arc.far)
      .classed('active', (d) => d.arc.active)
      .classed('selected', (d) => d.arc.selected)
      // A link hovered before its group was drawn (in the table, while the camera moved
      // and drawing waited) is the hovered one as it comes in.
      .classed('hovered', (d) => d.arc.id === hoveredId)
      .call(listen, handlers);
    styleLine(styled.select<SVGPathElement>('path.arc-line'));
    styled.select('g.arc-edge rect').attr('stroke', (d) => kindStyle(d.arc.kindIndex).color);
  }

  // Geometry, on every call. `select` hands each child its group's new datum.
  const path = (d: Placed) => curvePath(d.a, d.c, d.b, d.t);
  groups.attr('data-clipped', (d) => String(d.chip !== null));
  const line = groups.select<SVGPathElement>('path.arc-line');
  // The arrowhead marks the true `to` end, only where it is drawn.
  const arrow = (d: Placed) =>
    d.arc.directed && !d.chip ? `url(#arc-end-${d.arc.kindIndex % KIND_STYLES.length})` : null;
  line
    .attr('marker-end', (d) => (d.reversed ? null : arrow(d)))
    .attr('marker-start', (d) => (d.reversed && d.arc.directed ? arrowStart(d) : null));
  groups.select('path.arc-hit').attr('d', path);
  // The overview's count of links between two regions, on the middle one of them.
  groups
    .select('text.arc-count')
    .text((d) =>
      d.arc.pairCount === undefined || d.chip || painted ? '' : String(d.arc.pairCount),
    )
    .attr('transform', (d) => `translate(${countAt(d, counts).join(',')})`);
  const chips = groups
    .select<SVGGElement>('g.arc-edge')
    .attr('display', (d) => (hasChip(d) ? null : 'none'))
    .attr('data-edge-for', (d) => (hasChip(d) ? (d.reversed ? d.arc.fromId : d.arc.toId) : null))
    .attr('transform', (d) => (d.chip ? `translate(${d.chip.at[0]},${d.chip.at[1]})` : null));
  chips
    .select('rect')
    .attr('width', (d) => d.chip?.width ?? 0)
    .attr('x', (d) => -(d.chip?.width ?? 0) / 2)
    .attr('height', (d) => d.chip?.height ?? CHIP_H)
    .attr('y', (d) => -(d.chip?.height ?? CHIP_H) / 2);
  // Its lines centred on the chip's middle (0.35em puts a line's middle on its baseline's).
  chips
    .select('text')
    .selectAll<SVGTSpanElement, string>('tspan')
    .data((d) => d.chip?.lines ?? [])
    .join('tspan')
    .attr('x', 0)
    .attr('y', (_, i, all) => (i - (all.length - 1) / 2) * CHIP_LINE)
    .attr('dy', '0.35em')
    .text((line) => line);

  line.interrupt();
  if (canvas) paintOn(canvas, painted ? placed : [], layer, counts);
  layer.toggleAttribute('data-painted', Boolean(painted));
  if (painted) {
    svgLinesAbove(line, hoveredId);
    return;
  }
  const fresh = line.filter(function () {
    return !this.getAttribute('d');
  });
  line.attr('d', path);
  if (animate && !fresh.empty()) {
    fresh
      .transition()
      .duration(DRAW_MS)
      .attrTween('d', (d) => (t: number) => curvePath(d.a, d.c, d.b, Math.max(t * d.t, 0.001)));
  }
}

/**
 * The chips that lie on no chip before them (the chosen link's first): the others would
 * be drawn on top of each other.
 */
export function unstackedChips(placed: readonly Placed[]): Set<Placed> {
  const kept = new Set<Placed>();
  const boxes: [number, number, number, number][] = [];
  const order = [...placed].sort((a, b) => Number(b.arc.selected) - Number(a.arc.selected));
  for (const d of order) {
    if (!d.chip) continue;
    const [x, y] = d.chip.at;
    const box: [number, number, number, number] = [
      x - d.chip.width / 2,
      y - d.chip.height / 2,
      x + d.chip.width / 2,
      y + d.chip.height / 2,
    ];
    if (boxes.some((o) => box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]))
      continue;
    boxes.push(box);
    kept.add(d);
  }
  return kept;
}

/** The number in a custom property of the page's tokens (overlay.css reads the same). */
function token(style: CSSStyleDeclaration, name: string, fallback: number): number {
  const value = parseFloat(style.getPropertyValue(name));
  return Number.isFinite(value) ? value : fallback;
}

/** Paints the lines of `placed` (all but the chosen link) on the canvas; none clears it. */
function paintOn(
  { canvas, width, height }: ArcCanvas,
  placed: Placed[],
  layer: SVGGElement,
  counts: CountSpots | undefined,
) {
  if (!placed.length) {
    // Nothing painted: no bitmap kept (a map-sized one is megabytes). Only once: setting a
    // canvas's size resets it, and this runs on every camera frame of a single briefing.
    if (canvas.width || canvas.height) {
      canvas.width = 0;
      canvas.height = 0;
    }
    return;
  }
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  // A CPU canvas: where WebGL is software (SwiftShader), an accelerated one sent every
  // dashed curve through it and a frame took seconds (willReadFrequently keeps it on the CPU).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  const style = getComputedStyle(layer);
  const opacity: ArcOpacities = {
    base: token(style, '--arc-opacity', 0.55),
    active: token(style, '--arc-opacity-active', 0.95),
    backgrounded: token(style, '--arc-opacity-backgrounded', 0.18),
  };
  const lines = placed
    .filter((d) => !d.arc.selected)
    .map((d): PaintedArc => ({
      a: d.a,
      c: d.c,
      b: d.b,
      t: d.t,
      kindIndex: d.arc.kindIndex,
      weight: d.arc.weight,
      active: d.arc.active,
      headAtEnd: d.arc.directed && !d.chip && !d.reversed,
      headAtStart: d.arc.directed && d.reversed,
    }));
  const items = placed.flatMap((d) =>
    d.arc.pairCount === undefined || d.chip
      ? []
      : [{ at: countAt(d, counts), text: String(d.arc.pairCount) }],
  );
  paintArcs(
    ctx,
    lines,
    { width, height, ratio },
    opacity,
    placed.some((d) => d.arc.selected),
    {
      items,
      style: countStyle(style),
    },
  );
}

/** The SVG's .arc-count look (network-view.css), from the same tokens. */
function countStyle(style: CSSStyleDeclaration): CountStyle {
  const size = token(style, '--text-12', 12);
  return {
    font: `700 ${size}px ${style.fontFamily}`,
    fill: style.getPropertyValue('--ink').trim() || '#000',
    halo: style.getPropertyValue('--paper').trim() || '#fff',
    haloWidth: 4,
  };
}

/**
 * Marks the hovered link (null: none). Where the lines are painted on the canvas, the
 * hovered one is drawn as an SVG line above it, with its arrowhead.
 */
export function markHovered(layer: SVGGElement, link: string | null): void {
  const groups = select(layer)
    .selectAll<SVGGElement, Placed>('g.arc')
    .classed('hovered', (d) => d.arc.id === link);
  if (link) layer.setAttribute('data-hovered-link', link);
  else layer.removeAttribute('data-hovered-link');
  if (layer.hasAttribute('data-painted'))
    svgLinesAbove(groups.select<SVGPathElement>('path.arc-line'), link);
}

/** With the lines on the canvas, only the chosen link and the hovered one are SVG lines. */
function svgLinesAbove(
  line: Selection<SVGPathElement, Placed, SVGGElement, unknown>,
  hovered: string | null,
) {
  line.attr('d', (d) =>
    d.arc.selected || d.arc.id === hovered ? curvePath(d.a, d.c, d.b, d.t) : null,
  );
}

/** Drawn from its `to` end, a directed arc's arrowhead sits at its start. */
function arrowStart(d: Placed): string {
  return `url(#arc-end-${d.arc.kindIndex % KIND_STYLES.length})`;
}

function styleLine(line: Selection<SVGPathElement, Placed, SVGGElement, unknown>): void {
  line
    .attr('stroke', (d) => kindStyle(d.arc.kindIndex).color)
    .attr('stroke-dasharray', (d) => kindStyle(d.arc.kindIndex).dash || null)
    .attr('stroke-width', (d) => arcWidth(d.arc.weight) + (d.arc.selected ? 1.5 : 0));
}
