import type { Point } from '../../../arcs/arc-path';
import { arcWidth, kindStyle } from '../../../arcs/arc-styles';

/**
 * From this many links drawn at once (every briefing's links in the overview) the arcs'
 * lines are painted on one canvas instead of one SVG path each: during a pan or zoom a
 * canvas is one bitmap the compositor moves, where hundreds of SVG paths were rasterised
 * again on the CPU for every frame under a software renderer. Below it (every single
 * briefing) nothing changes.
 */
export const CANVAS_FROM = 150;

/** An arc as drawArcs places it: the curve a→b through c, drawn up to t. */
export type PaintedArc = {
  a: Point;
  c: Point;
  b: Point;
  t: number;
  kindIndex: number;
  weight: number;
  active: boolean;
  /** An arrowhead at the end drawn (a directed link whose `to` end is drawn). */
  headAtEnd: boolean;
  /** An arrowhead at the start (a directed link drawn from its `to` end). */
  headAtStart: boolean;
};

/** The lines' opacities, read from the page's tokens (overlay.css uses the same). */
export type ArcOpacities = { base: number; active: number; backgrounded: number };

/** The subset of a 2D context the painter uses (a test hands it a recorder). */
export type Paint2D = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'quadraticCurveTo'
  | 'lineTo'
  | 'closePath'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'setTransform'
  | 'clearRect'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'globalAlpha'
  | 'fillText'
  | 'strokeText'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'lineJoin'
>;

/** A number written on the map (the overview's count of links between two regions). */
export type PaintedCount = { at: Point; text: string };

/** How the counts are written: the SVG's .arc-count style, read from the page. */
export type CountStyle = { font: string; fill: string; halo: string; haloWidth: number };

const lerp = (p: Point, q: Point, t: number): Point => [
  p[0] + (q[0] - p[0]) * t,
  p[1] + (q[1] - p[1]) * t,
];

/**
 * The arrowhead the overlay's SVG marker draws (arrow path 0,0 → 10,5 → 0,10 in a 5 × 5
 * stroke-width box, its point 8,5 on the line's end), at `at`, pointing away from `from`.
 */
function arrowhead(ctx: Paint2D, at: Point, from: Point, width: number) {
  const dx = at[0] - from[0];
  const dy = at[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const s = width / 2; // one marker unit in pixels
  ctx.moveTo(at[0] + 2 * s * ux, at[1] + 2 * s * uy);
  ctx.lineTo(at[0] - 8 * s * ux - 5 * s * uy, at[1] - 8 * s * uy + 5 * s * ux);
  ctx.lineTo(at[0] - 8 * s * ux + 5 * s * uy, at[1] - 8 * s * uy - 5 * s * ux);
  ctx.closePath();
}

/**
 * Paints `arcs` in CSS pixels on a canvas of `width` × `height` CSS pixels at `ratio`
 * device pixels each: the same colour, dash, width, opacity and arrowheads as the SVG
 * lines. The backgrounded first, the active on top; `linkChosen`: one link is chosen (it
 * is drawn in SVG above), every other line steps back.
 */
export function paintArcs(
  ctx: Paint2D,
  arcs: readonly PaintedArc[],
  { width, height, ratio }: { width: number; height: number; ratio: number },
  opacity: ArcOpacities,
  linkChosen: boolean,
  counts: { items: readonly PaintedCount[]; style: CountStyle } | null = null,
): void {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const alpha = (arc: PaintedArc) =>
    linkChosen ? opacity.backgrounded : arc.active ? opacity.active : opacity.base;
  const ordered = [...arcs].sort(
    (p, q) => Number(p.active) - Number(q.active) || p.kindIndex - q.kindIndex,
  );
  ctx.lineCap = 'round';
  for (const arc of ordered) {
    const style = kindStyle(arc.kindIndex);
    const lineWidth = arcWidth(arc.weight);
    // The sub-curve [0, t] (de Casteljau), as curvePath draws it.
    const c1 = lerp(arc.a, arc.c, arc.t);
    const end = lerp(c1, lerp(arc.c, arc.b, arc.t), arc.t);
    ctx.globalAlpha = alpha(arc);
    ctx.strokeStyle = style.color;
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(style.dash ? style.dash.split(/[\s,]+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(arc.a[0], arc.a[1]);
    ctx.quadraticCurveTo(c1[0], c1[1], end[0], end[1]);
    ctx.stroke();
    if (arc.headAtEnd || arc.headAtStart) {
      ctx.fillStyle = style.color;
      ctx.beginPath();
      if (arc.headAtEnd) arrowhead(ctx, end, c1, lineWidth);
      // Drawn from its `to` end: the head sits at the start, pointing out of the curve.
      if (arc.headAtStart) arrowhead(ctx, arc.a, c1, lineWidth);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  if (!counts?.items.length) return;
  // Above every line, each with a halo of the paper's colour, as the SVG writes them.
  ctx.setLineDash([]);
  ctx.font = counts.style.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = counts.style.haloWidth;
  ctx.strokeStyle = counts.style.halo;
  ctx.fillStyle = counts.style.fill;
  for (const { at, text } of counts.items) {
    ctx.strokeText(text, at[0], at[1]);
    ctx.fillText(text, at[0], at[1]);
  }
}
