import { select } from 'd3-selection';
import type { LngLat } from '../data/schema';
import type { Lang } from '../store/url-hash';
import { screenPath } from './projection';
import type { GeoData, RiverProps } from './geo';
import type { GeoView } from './view';
import type { Project } from './projection';
import { GEOGRAPHY_COLORS as COLORS } from './palette';

/**
 * Context geography (rivers, lakes, the 长江经济带): drawn thin and blue-grey, so it reads
 * as the ground the data sits on, never as data. Colours from palette.ts (MapLibre's
 * layers in maplibre-style.ts read the same); widths and the belt's dash in map.css and overlay.css.
 */

/** The rivers and lakes on the SVG map, in world units, over the region fills. */
export function drawGeography(world: SVGGElement, geo: GeoView): void {
  const group = select(world).append('g').attr('class', 'geography');
  group
    .append('g')
    .attr('class', 'lakes')
    .attr('fill', COLORS.lake)
    .attr('stroke', COLORS.lakeOutline)
    .selectAll('path')
    .data(geo.paths.lakes)
    .join('path')
    .attr('d', (d) => d);
  group
    .append('g')
    .attr('class', 'rivers')
    .attr('stroke', COLORS.river)
    .selectAll('path')
    .data(geo.rivers)
    .join('path')
    .attr('data-river', (r) => r.id)
    .attr('d', (_, i) => geo.paths.rivers[i]!);
}

export type RiverLabel = { id: string; name: string; at: LngLat; angle: number };

/** The names of the named rivers (长江, 黄河) in `lang`, where and at what angle they go. */
export function riverLabels(rivers: readonly RiverProps[], lang: Lang): RiverLabel[] {
  return rivers.flatMap((p) =>
    p.label && p[lang] ? [{ id: p.id, name: p[lang], at: p.label, angle: p.angle ?? 0 }] : [],
  );
}

/**
 * In the overlay over either renderer, under the region names: the belt's dashed outline
 * (when `belt`; its shape comes with the topology, `full`, after the first view) and the
 * river names. Redrawn on every camera event, so both are plain screen-space SVG; the
 * belt's path is built only while it shows.
 */
export function drawGeographyOverlay(
  layer: SVGGElement,
  geo: GeoView,
  full: GeoData | null,
  project: Project,
  options: { belt: boolean; lang: Lang },
): void {
  const path = options.belt ? screenPath(project) : null;
  select(layer)
    .selectAll<SVGPathElement, GeoData['belt']['features'][number]>('path.belt')
    .data(options.belt && full ? full.belt.features : [])
    .join('path')
    .attr('class', 'belt')
    .attr('stroke', COLORS.belt)
    .attr('data-belt', (f) => f.properties.id ?? null)
    .attr('d', (f) => path?.(f) ?? null);
  select(layer)
    .selectAll<SVGTextElement, RiverLabel>('text.river-label')
    .data(riverLabels(geo.rivers, options.lang), (d) => d.id)
    .join('text')
    .attr('class', 'river-label')
    .attr('fill', COLORS.riverLabel)
    .attr('data-river-label', (d) => d.id)
    .attr('lang', options.lang)
    .attr('transform', (d) => `translate(${project(d.at).join(',')}) rotate(${d.angle})`)
    .text((d) => d.name);
}
