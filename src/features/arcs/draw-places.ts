import { select } from 'd3-selection';
import type { LngLat } from '../../data/schema';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import type { Arc } from './arc-model';
import type { Point } from './arc-path';
import type { Visibility } from './visibility';

/** A place that takes part in what is shown: a dot and its name. */
export type PlaceMarker = {
  id: string;
  at: LngLat;
  name: string;
  /** Places at one spot (上海, its centre, its forum) are stacked: this one's row. */
  row: number;
  chosen: boolean;
};

const ROW = 15;

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

export function drawPlaces(
  layer: SVGGElement,
  markers: PlaceMarker[],
  project: (p: LngLat) => Point,
  vis: Visibility,
  restyle: boolean,
): void {
  const groups = select(layer)
    .selectAll<SVGGElement, PlaceMarker>('g.place-marker')
    .data(markers, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'place-marker');
      g.append('circle').attr('r', 4.5);
      g.append('text').attr('x', 8).attr('dy', '0.35em');
      return g;
    });
  if (restyle)
    groups
      .attr('data-place', (d) => d.id)
      .classed('chosen', (d) => d.chosen)
      .select('text')
      .attr('y', (d) => d.row * ROW)
      .text((d) => d.name);
  groups.select('circle').attr('display', (d) => (d.row === 0 ? null : 'none'));
  groups
    .attr('transform', (d) => `translate(${project(d.at).join(',')})`)
    .attr('display', (d) => (vis.visible(project(d.at)) ? null : 'none'));
}
