import type { Rect } from '../../../camera/visible-area';
import type { Point } from '../../../arcs/arc-path';

/** Which points of the map a person can see: on the map, and under nothing that covers it. */
export type Visibility = {
  visible: (p: Point) => boolean;
  /** Whether a box of `w` × `h` centred on `p` is wholly visible. */
  fits: (p: Point, w: number, h: number) => boolean;
  /** Whether `p` is on the map, covered or not. */
  onMap?: (p: Point) => boolean;
};

/** Keeps chips and names this far in from the map's sides and from what covers it. */
const INSET = 8;
/** An end this close to an edge is still seen. */
const END_INSET = 1;

const hits = (r: Rect, x0: number, y0: number, x1: number, y1: number) =>
  x0 < r.x1 && r.x0 < x1 && y0 < r.y1 && r.y0 < y1;

export function visibility(size: { width: number; height: number }, obstacles: Rect[]): Visibility {
  const box = (x0: number, y0: number, x1: number, y1: number, inset: number) =>
    x0 >= inset &&
    y0 >= inset &&
    x1 <= size.width - inset &&
    y1 <= size.height - inset &&
    !obstacles.some((o) => hits(o, x0 - inset, y0 - inset, x1 + inset, y1 + inset));
  return {
    visible: ([x, y]) => box(x, y, x, y, END_INSET),
    fits: ([x, y], w, h) => box(x - w / 2, y - h / 2, x + w / 2, y + h / 2, INSET),
    onMap: ([x, y]) => x >= 0 && y >= 0 && x <= size.width && y <= size.height,
  };
}

/** Rough width of a line of text: CJK characters are square, Latin ones about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

export type Box = { x0: number; y0: number; x1: number; y1: number };

export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

/** Sideways moves tried for a name, in eighths of its width: the smallest first. */
const SHIFTS = [1, -1, 2, -2, 3, -3, 4, -4].map((n) => n / 8);
/** Then the four corners (below right first), the name's corner this far from the point. */
const CORNERS = [
  [1, 1],
  [-1, 1],
  [1, -1],
  [-1, -1],
] as const;
const CORNER_GAP = 4;

/**
 * Where a region's name `w` × `h`, centred at `p` (inside the region), can be read: at `p`
 * if it fits, else moved a line and a half up or down, or sideways by up to half its width
 * (one end still at `p`, so it stays by its region), or with a corner at `p`, or two and a
 * half lines up or down, clear of the map's sides and of what covers the map; at `p` if
 * most of it is readable there; null (hidden) if not even that. (Without the corners,
 * names lay on the places' dots in 14 of 56 views, regions and 全国 / 全球 at four sizes
 * in zh and en; with them in 6–8.)
 */
export function nudge(p: Point, w: number, h: number, vis: Visibility): Point | null {
  const at = spotsAround(p, w, h).find((spot) => vis.fits(spot, w, h));
  return at ?? (vis.fits(p, w * 0.6, h * 0.6) ? p : null);
}

/** The spots `nudge` tries for a name, in its order. */
function spotsAround([x, y]: Point, w: number, h: number): Point[] {
  return [
    [0, 0],
    [0, -1.5 * h],
    [0, 1.5 * h],
    ...SHIFTS.map((s) => [s * w, 0] as const),
    // A corner of the name at the point, as a map sets a name beside what it names.
    ...CORNERS.map(([sx, sy]) => [sx * (w / 2 + CORNER_GAP), sy * (h / 2 + CORNER_GAP)] as const),
    [0, 2.5 * h],
    [0, -2.5 * h],
  ].map(([dx, dy]) => [x + dx!, y + dy!] as Point);
}

/**
 * `nudge` where every spot lies on something to keep clear of: of the spots where the name
 * fits, the one on the fewest of `avoid` (the first of those), so that as little as can be
 * of the name is hidden under the places' dots; else as `nudge`.
 */
export function nudgeOnFewest(
  p: Point,
  w: number,
  h: number,
  vis: Visibility,
  avoid: readonly Box[],
): Point | null {
  let best: Point | null = null;
  let least = Infinity;
  for (const spot of spotsAround(p, w, h)) {
    if (!vis.fits(spot, w, h)) continue;
    const box = boxAt(spot, w, h);
    const on = avoid.filter((b) => boxesOverlap(b, box)).length;
    if (on < least) [best, least] = [spot, on];
    if (on === 0) break;
  }
  return best ?? nudge(p, w, h, vis);
}

/** A region's name wider than this (px) is set on more lines: 粤港澳大湾区's English name. */
const WRAP_FROM = 240;
/** …or than this share of a narrower map's width (a phone: the five regions lie in a third of it). */
const WRAP_OF_WIDTH = 0.3;

/** How wide a region's name may be on one line, on a map `mapWidth` wide. */
export const regionNameWrap = (mapWidth: number) => Math.min(WRAP_FROM, mapWidth * WRAP_OF_WIDTH);
/** Line height of a name set on lines, in em. */
export const LINE_EM = 1.15;

/**
 * How a name is set, with the box it takes: on as few lines as keep each within
 * `maxWidth` (a region's name: WRAP_FROM; a word wider than that gets a line of its own),
 * split at spaces (or between Chinese words) into lines as even as they can be (each but
 * the last keeps its space, so the text stays the name).
 */
export function setLines(
  name: string,
  measure: (text: string) => number,
  size: number,
  maxWidth = WRAP_FROM,
): { lines: string[]; width: number; height: number } {
  const whole = measure(name);
  if (whole <= maxWidth) return { lines: [name], width: whole, height: size };
  const words = wordsOf(name);
  if (words.length === 1) return { lines: [name], width: whole, height: size };
  // Words into lines, each as long as fits within `limit`.
  const fill = (limit: number) => {
    const lines: string[] = [];
    for (const word of words) {
      const last = lines.at(-1);
      if (last !== undefined && measure((last + word).trimEnd()) <= limit)
        lines[lines.length - 1] = last + word;
      else lines.push(word);
    }
    return lines;
  };
  const count = fill(maxWidth).length;
  // The narrowest limit that needs no more lines: the most even split.
  let limit = whole / count;
  while (limit < maxWidth && fill(limit).length > count) limit += 2;
  const lines = fill(Math.min(limit, maxWidth));
  return {
    lines,
    width: Math.max(...lines.map((line) => measure(line.trimEnd()))),
    height: size * (1 + (lines.length - 1) * LINE_EM),
  };
}

const HAN = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | null = null;

/**
 * From now on Chinese names may be broken between their words. Making the segmenter loads
 * ICU's Chinese dictionary, 12–40 ms here: the overlay calls this when the page is idle
 * after the first view, which it would otherwise have cost that much (names before it
 * stay whole, as they can be).
 */
export function prepareWordBreaks(): void {
  if (typeof Intl.Segmenter === 'function')
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
}

/**
 * Where a name may be broken: after its spaces, or, with none (Chinese), between its words
 * (京津冀|国家|技术|创新|中心: not inside 技术) once `prepareWordBreaks` has run.
 */
function wordsOf(name: string): string[] {
  if (!HAN.test(name) || name.includes(' ')) return name.split(/(?<= )/);
  return segmenter ? [...segmenter.segment(name)].map((s) => s.segment) : [name];
}

/** The box of a `w` × `h` label centred at `p`. */
export const boxAt = ([x, y]: Point, w: number, h: number): Box => ({
  x0: x - w / 2,
  x1: x + w / 2,
  y0: y - h / 2,
  y1: y + h / 2,
});

/**
 * Whether the segment p→q passes through box `b` (Liang–Barsky: the part of the segment
 * inside the box's four sides is not empty).
 */
export function segmentHits([px, py]: Point, [qx, qy]: Point, b: Box): boolean {
  const dx = qx - px;
  const dy = qy - py;
  let t0 = 0;
  let t1 = 1;
  for (const [step, room] of [
    [-dx, px - b.x0],
    [dx, b.x1 - px],
    [-dy, py - b.y0],
    [dy, b.y1 - py],
  ] as const) {
    if (step === 0) {
      if (room < 0) return false;
      continue;
    }
    const t = room / step;
    if (step < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether the line through `points` (a link drawn on the map) passes through box `b`. */
export function lineHits(points: readonly Point[], b: Box): boolean {
  for (let i = 1; i < points.length; i++)
    if (segmentHits(points[i - 1]!, points[i]!, b)) return true;
  return false;
}

const inBox = ([x, y]: Point, b: Box) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/**
 * Whether a line ends within box `b`: a link of a region itself is drawn from its name's
 * point, and is not a line through the name.
 */
const endsIn = (points: readonly Point[], b: Box) =>
  points.length > 0 && (inBox(points[0]!, b) || inBox(points.at(-1)!, b));

type Label = { id: string; at: Point; width: number; height: number };

/**
 * Whether a box lies across a link's line; `from` counts the lines across a place's name.
 */
export type LinesCrossing = ((box: Box) => boolean) & {
  /**
   * Not counting the first `near` px of a line that ends at `at` (a place's own link); the
   * count stops at `upTo` (what it is compared with: with every briefing's links drawn,
   * thousands of lines).
   */
  from: (at: Point, near: number) => (box: Box, upTo?: number) => number;
};

/**
 * Whether a name's box is crossed by one of `lines` (the links drawn on the map): one that
 * ends within the box (a region's own link, drawn from its name's point) does not count;
 * with `from`, nor the first `near` px of one that ends at `at` (a place's own link, drawn
 * from the dot the name is beside: the name may touch its start, not lie across it). Each
 * line's bounds, and its part away from a dot, are found once, not for every spot tried.
 */
export function linesCrossing(lines: readonly (readonly Point[])[]): LinesCrossing {
  const bounded = lines.map((points) => ({
    points,
    drawn: points,
    bounds: {
      x0: Math.min(...points.map((p) => p[0])),
      x1: Math.max(...points.map((p) => p[0])),
      y0: Math.min(...points.map((p) => p[1])),
      y1: Math.max(...points.map((p) => p[1])),
    },
  }));
  const across =
    (box: Box) =>
    ({ points, drawn, bounds }: (typeof bounded)[number]) =>
      boxesOverlap(bounds, box, 1) && !endsIn(points, box) && lineHits(drawn, box);
  return Object.assign((box: Box) => bounded.some(across(box)), {
    from: (at: Point, near: number) => {
      const away = bounded.map((line) => ({ ...line, drawn: awayFrom(line.points, at, near) }));
      return (box: Box, upTo = Infinity) => {
        const hits = across(box);
        let count = 0;
        for (const line of away) if (hits(line) && ++count >= upTo) break;
        return count;
      };
    },
  });
}

/** `points` less the part within `near` px of `at` at either end (where the line starts there). */
function awayFrom(points: readonly Point[], at: Point, near: number): readonly Point[] {
  const far = (p: Point) => Math.hypot(p[0] - at[0], p[1] - at[1]) > near;
  const trim = (line: readonly Point[]) => {
    if (line.length === 0 || far(line[0]!)) return line;
    const next = line.findIndex(far);
    if (next < 0) return [];
    // Where the segment into the first far point leaves the circle of `near` around `at`.
    const [a, b] = [line[next - 1]!, line[next]!];
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (far([a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid])) hi = mid;
      else lo = mid;
    }
    return [[a[0] + (b[0] - a[0]) * hi, a[1] + (b[1] - a[1]) * hi] as Point, ...line.slice(next)];
  };
  return trim(trim(points).slice().reverse()).slice().reverse();
}

/**
 * Room kept between a name and the names placed before it: their boxes are the letters',
 * and each has a halo (3.5–4 px) beyond them.
 */
const NAME_GAP = 3;

type Placed = { spots: Map<string, Point | null>; boxes: Box[] };

const hiddenCount = ({ spots }: Placed) => [...spots.values()].filter((s) => s === null).length;

/**
 * Places labels in the order given, each where `nudge` finds room clear of what covers
 * the map and of the labels placed before it (and of `taken`), and clear of `avoid` and
 * of `lines` too where there is room for that (of `avoid` alone where there is not); null
 * (hidden) where there is none. Where that hides some, each hidden one is tried first
 * instead, and the order that hides the fewest is kept (the given one on a tie): on a
 * phone in English, "Yangtze River Delta" had taken the last room near "Middle Yangtze",
 * and had room elsewhere. Returns each label's spot and every box taken, `taken` included
 * (`avoid` not).
 */
export function placeLabels(
  labels: Label[],
  vis: Visibility,
  /** Boxes already taken by names placed before these. */
  taken: Box[] = [],
  /** Boxes to keep clear of where there is room (a name on them is better than none). */
  avoid: Box[] = [],
  /**
   * The links' lines, kept clear of where there is room, after `avoid`: a line through a
   * name is harder to read than one beside it, but a name on a place's dot hides the dot.
   * A line that ends within the name (its region's own link) does not count.
   */
  lines: readonly (readonly Point[])[] = [],
): Placed {
  const crossed = lines.length > 0 ? linesCrossing(lines) : null;
  const place = (order: Label[]) => placeInOrder(order, vis, taken, avoid, crossed);
  const first = place(labels);
  let best = first;
  for (const label of labels) {
    if (hiddenCount(best) === 0) break;
    if (first.spots.get(label.id) !== null) continue;
    const tried = place([label, ...labels.filter((l) => l !== label)]);
    if (hiddenCount(tried) < hiddenCount(best)) best = tried;
  }
  return best;
}

/**
 * `placeLabels` in one order. `crossed`: whether a box lies across a link's line (null: no
 * lines).
 */
function placeInOrder(
  labels: Label[],
  vis: Visibility,
  taken: Box[],
  avoid: Box[],
  crossed: ((box: Box) => boolean) | null,
): Placed {
  const boxes: Box[] = [...taken];
  // Another name placed before (or a chip taken), with room for both halos.
  const onName = (box: Box) => boxes.some((b) => boxesOverlap(b, box, NAME_GAP));
  const clear = (extra: Box[], across: ((box: Box) => boolean) | null = null): Visibility => ({
    visible: vis.visible,
    fits: (p, w, h) => {
      const box = boxAt(p, w, h);
      const on = (b: Box) => boxesOverlap(b, box);
      return vis.fits(p, w, h) && !onName(box) && !extra.some(on) && !across?.(box);
    },
  });
  // The last: on the fewest of `avoid` where it must lie on some.
  const loose = clear([]);
  const tiers = [
    ...(crossed ? [clear(avoid, crossed)] : []),
    clear(avoid),
    ...(avoid.length > 0 ? [loose] : []),
  ];
  const spots = new Map<string, Point | null>();
  for (const { id, at, width, height } of labels) {
    let spot: Point | null = null;
    for (const tier of tiers) {
      const found =
        tier === loose
          ? nudgeOnFewest(at, width, height, tier, avoid)
          : nudge(at, width, height, tier);
      // nudge's last resort (most of the name readable where it is) may still lie partly
      // on a name placed before it, or a chip: hidden rather than both unreadable (a
      // partner region's name had lain under its place's, at the map's lower edge).
      const box = found && boxAt(found, width, height);
      if (box && !onName(box)) {
        spot = found;
        boxes.push(box);
        break;
      }
    }
    spots.set(id, spot);
  }
  return { spots, boxes };
}

/**
 * The regions whose names are placed before the places' names: the chosen one, or with
 * none chosen every region. The other regions' names come after the places' (a partner
 * region is coloured and in the legend, a city's name is nowhere else on the map): where
 * names compete for room, they are the ones moved aside or hidden.
 */
export function leadRegions<R extends { id: string }>(regions: R[], chosen: string | null): R[] {
  return chosen === null ? regions : regions.filter((r) => r.id === chosen);
}
