import { select } from 'd3-selection';
import type { LngLat } from '../../../data/schema';
import type { Arc } from '../../../arcs/arc-model';
import type { Point } from '../../../arcs/arc-path';
import { arcWidth, kindStyle } from '../../../arcs/arc-styles';
import { corridorLine } from '../../../arcs/corridor';
import { listen, type ArcHandlers } from './draw-arcs';
import { ARC_OPACITY, PAPER } from '../../../geo/palette';

type Placed = { arc: Arc; points: Point[] };

/**
 * Draws the corridors among `arcs` (links with `via`, such as the G60 corridor) as one
 * smooth line through all their stops, with a dot on each stop (the other arcs are
 * `drawArcs`'). Groups are `g.corridor`, never `g.arc`, so the arcs' join leaves them be.
 */
export function drawCorridors(
  layer: SVGGElement,
  arcs: Arc[],
  project: (p: LngLat) => Point,
  handlers: ArcHandlers,
): void {
  const placed: Placed[] = arcs
    .filter((a) => a.path)
    .map((arc) => ({ arc, points: arc.path!.map(project) }));
  const groups = select(layer)
    .selectAll<SVGGElement, Placed>('g.corridor')
    .data(placed, (d) => d.arc.id)
    .join((enter) => {
      const g = enter.insert('g', ':first-child').attr('class', 'corridor');
      g.append('path').attr('class', 'arc-line corridor-line');
      g.append('path').attr('class', 'arc-hit');
      g.append('g').attr('class', 'corridor-stops');
      return g;
    })
    .attr('data-link', (d) => d.arc.id)
    .attr('data-kind', (d) => d.arc.kind)
    .attr('data-stops', (d) => d.points.length)
    .classed('active', (d) => d.arc.active)
    .classed('selected', (d) => d.arc.selected)
    .call(listen, handlers);

  const color = (d: Placed) => kindStyle(d.arc.kindIndex).color;
  groups
    .select('path.corridor-line')
    .attr('d', (d) => corridorLine(d.points))
    .attr('stroke', color)
    .attr('stroke-dasharray', (d) => kindStyle(d.arc.kindIndex).dash || null)
    .attr('stroke-width', (d) => arcWidth(d.arc.weight) + (d.arc.selected ? 1.5 : 0))
    .style('opacity', (d) =>
      d.arc.selected ? ARC_OPACITY.chosen : d.arc.active ? ARC_OPACITY.active : ARC_OPACITY.rest,
    );
  groups.select('path.arc-hit').attr('d', (d) => corridorLine(d.points));
  groups
    .select('g.corridor-stops')
    .selectAll<SVGCircleElement, { p: Point; color: string }>('circle')
    .data((d) => d.points.map((p) => ({ p, color: color(d) })))
    .join('circle')
    .attr('cx', (s) => s.p[0])
    .attr('cy', (s) => s.p[1])
    .attr('r', 3.5)
    .attr('fill', PAPER)
    .attr('stroke', (s) => s.color)
    .attr('stroke-width', 2);
}
