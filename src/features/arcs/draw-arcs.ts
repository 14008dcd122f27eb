import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { LngLat } from '../../data/schema';
import type { Arc } from './arc-model';
import { angleDeg, arcMiddle, arcPath, edgePoint, inside, type Point, type Rect } from './arc-path';
import { arcWidth, kindStyle, KIND_STYLES } from './arc-styles';

export type ArcHandlers = {
  onHover: (arc: Arc | null, event?: PointerEvent) => void;
  onClick: (arc: Arc) => void;
};

const EDGE_INSET = 14;
const DRAW_MS = 600;

type Placed = {
  arc: Arc;
  a: Point;
  b: Point;
  clipped: boolean;
  edge: Point | null;
  /** -1 when drawn from the `to` end. */
  sign: 1 | -1;
};

/** The arrow, dot and bar markers, one per kind style, defined once per overlay svg. */
export function ensureMarkers(svg: SVGSVGElement): void {
  const root = select(svg);
  if (!root.select('defs.arc-markers').empty()) return;
  const defs = root.append('defs').attr('class', 'arc-markers');
  KIND_STYLES.forEach((style, i) => {
    const m = defs
      .append('marker')
      .attr('id', `arc-end-${i}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', style.marker === 'arrow' ? 8 : 5)
      .attr('refY', 5)
      .attr('markerWidth', 5)
      .attr('markerHeight', 5)
      .attr('orient', 'auto-start-reverse');
    if (style.marker === 'arrow') m.append('path').attr('d', 'M0,0L10,5L0,10z');
    if (style.marker === 'dot') m.append('circle').attr('cx', 5).attr('cy', 5).attr('r', 4);
    if (style.marker === 'bar')
      m.append('rect').attr('x', 3).attr('y', 0).attr('width', 4).attr('height', 10);
    m.attr('fill', style.color);
  });
}

function place(arc: Arc, project: (p: LngLat) => Point, rect: Rect): Placed {
  let a = project(arc.from);
  let b = project(arc.to);
  const aIn = inside(a, rect);
  const bIn = inside(b, rect);
  // Draw from the end that is on screen; the other end gets a pointer at the edge.
  const swap = !aIn && bIn;
  if (swap) [a, b] = [b, a];
  const clipped = aIn !== bIn;
  return { arc, a, b, clipped, edge: clipped ? edgePoint(a, b, rect) : null, sign: swap ? -1 : 1 };
}

/**
 * Draws the arcs into `layer` in screen pixels. Called on every camera change: with
 * `restyle` false (the arcs are the same, only the camera moved) it sets no more than the
 * geometry, and styles only arcs that have just come into view. `animate` grows newly
 * added arcs in.
 */
export function drawArcs(
  layer: SVGGElement,
  arcs: Arc[],
  project: (p: LngLat) => Point,
  size: { width: number; height: number },
  handlers: ArcHandlers,
  { animate, restyle }: { animate: boolean; restyle: boolean },
): void {
  const rect = {
    x0: EDGE_INSET,
    y0: EDGE_INSET,
    x1: size.width - EDGE_INSET,
    y1: size.height - EDGE_INSET,
  };
  const placed = arcs.map((arc) => place(arc, project, rect));
  let entered: Selection<SVGGElement, Placed, SVGGElement, unknown> | null = null;
  const groups = select(layer)
    .selectAll<SVGGElement, Placed>('g.arc')
    .data(placed, (d) => d.arc.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'arc');
      g.append('path').attr('class', 'arc-line');
      g.append('path').attr('class', 'arc-hit');
      g.append('path').attr('class', 'arc-pointer').attr('d', 'M-7,-6L5,0L-7,6z');
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
      .attr('data-from', (d) => d.arc.from.join(','))
      .attr('data-to', (d) => d.arc.to.join(','))
      .classed('active', (d) => d.arc.active)
      .classed('selected', (d) => d.arc.selected)
      // The handlers read the datum at event time, which each redraw keeps current.
      .on('pointerenter', (event: PointerEvent, d) => handlers.onHover(d.arc, event))
      .on('pointermove', (event: PointerEvent, d) => handlers.onHover(d.arc, event))
      .on('pointerleave', () => handlers.onHover(null))
      .on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        handlers.onClick(d.arc);
      });
    styleLine(styled.select<SVGPathElement>('path.arc-line'));
    styled.select('path.arc-pointer').attr('fill', (d) => kindStyle(d.arc.kindIndex).color);
  }

  // Geometry, on every call. `select` hands each child its group's new datum.
  const end = (d: Placed): Point => d.edge ?? d.b;
  groups.attr('data-clipped', (d) => String(d.clipped));
  const line = groups.select<SVGPathElement>('path.arc-line');
  line.attr('marker-end', (d) =>
    d.arc.directed && !d.clipped ? `url(#arc-end-${d.arc.kindIndex % KIND_STYLES.length})` : null,
  );
  // The bend as the model set it, relative to from→to: flipped when drawn from the `to` end.
  const bend = (d: Placed) => (d.arc.bend === undefined ? undefined : d.arc.bend * d.sign);
  groups.select('path.arc-hit').attr('d', (d) => arcPath(d.a, end(d), 1, bend(d)));
  groups
    .select('text.arc-count')
    .text((d) => (d.arc.pairCount === undefined || d.clipped ? '' : String(d.arc.pairCount)))
    .attr('transform', (d) => `translate(${arcMiddle(d.a, end(d), bend(d)).join(',')})`);
  groups
    .select('path.arc-pointer')
    .attr('display', (d) => (d.clipped ? null : 'none'))
    .attr('transform', (d) =>
      d.edge ? `translate(${d.edge[0]},${d.edge[1]}) rotate(${angleDeg(d.a, d.b)})` : null,
    );

  line.interrupt();
  const fresh = line.filter(function () {
    return !this.getAttribute('d');
  });
  line.attr('d', (d) => arcPath(d.a, end(d), 1, bend(d)));
  if (animate && !fresh.empty()) {
    fresh
      .transition()
      .duration(DRAW_MS)
      .attrTween('d', (d) => (t: number) => arcPath(d.a, end(d), Math.max(t, 0.001), bend(d)));
  }
}

function styleLine(line: Selection<SVGPathElement, Placed, SVGGElement, unknown>): void {
  line
    .attr('stroke', (d) => kindStyle(d.arc.kindIndex).color)
    .attr('stroke-dasharray', (d) => kindStyle(d.arc.kindIndex).dash || null)
    .attr('stroke-width', (d) => arcWidth(d.arc.weight) + (d.arc.selected ? 1.5 : 0));
}
