import type { Rect } from '../../camera/visible-area';
import type { Point } from './arc-path';

/** Which points of the map a person can see: on the map, and under nothing that covers it. */
export type Visibility = {
  visible: (p: Point) => boolean;
  /** Whether a box of `w` × `h` centred on `p` is wholly visible. */
  fits: (p: Point, w: number, h: number) => boolean;
};

/** Keeps ends and chips this far in from the map's sides and from what covers it. */
const INSET = 8;

const hits = (r: Rect, x0: number, y0: number, x1: number, y1: number) =>
  x0 < r.x1 && r.x0 < x1 && y0 < r.y1 && r.y0 < y1;

export function visibility(size: { width: number; height: number }, obstacles: Rect[]): Visibility {
  const box = (x0: number, y0: number, x1: number, y1: number) =>
    x0 >= INSET &&
    y0 >= INSET &&
    x1 <= size.width - INSET &&
    y1 <= size.height - INSET &&
    !obstacles.some((o) => hits(o, x0 - INSET, y0 - INSET, x1 + INSET, y1 + INSET));
  return {
    visible: ([x, y]) => box(x, y, x, y),
    fits: ([x, y], w, h) => box(x - w / 2, y - h / 2, x + w / 2, y + h / 2),
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
