import { select } from 'd3-selection';
import type { LngLat } from '../data/schema';
import type { Lang } from '../store/url-hash';
import { screenPath, worldPath } from './projection';
import type { GeoData } from './geo';
import type { Project } from './projection';
import { GEOGRAPHY_COLORS as COLORS } from './palette';

/**
 * Context geography (rivers, lakes, the 长江经济带): drawn thin and blue-grey, so it reads
 * as the ground the data sits on, never as data. Colours from palette.ts (MapLibre's
 * layers in maplibre-style.ts read the same); widths and the belt's dash in map.css and overlay.css.
 */

/** The rivers and lakes on the SVG map, in world units, over the region fills. */
export function drawGeography(world: SVGGElement, geo: GeoData): void {
  const group = select(world).append('g').attr('class', 'geography');
  group
    .append('g')
    .attr('class', 'lakes')
    .attr('fill', COLORS.lake)
    .attr('stroke', COLORS.lakeOutline)
    .selectAll('path')
    .data(geo.lakes.features)
    .join('path')
    .attr('d', (f) => worldPath(f));
  group
    .append('g')
    .attr('class', 'rivers')
    .attr('stroke', COLORS.river)
    .selectAll('path')
    .data(geo.rivers.features)
    .join('path')
    .attr('data-river', (f) => f.properties.id)
    .attr('d', (f) => worldPath(f));
}

export type RiverLabel = { id: string; name: string; at: LngLat; angle: number };

/** The names of the named rivers (长江, 黄河) in `lang`, where and at what angle they go. */
export function riverLabels(geo: GeoData, lang: Lang): RiverLabel[] {
  return geo.rivers.features.flatMap(({ properties: p }) =>
    p.label && p[lang] ? [{ id: p.id, name: p[lang], at: p.label, angle: p.angle ?? 0 }] : [],
  );
}

/**
 * In the overlay over either renderer, under the region names: the belt's dashed outline
 * (when `belt`) and the river names. Redrawn on every camera event, so both are plain
 * screen-space SVG; the belt's path is built only while it shows.
 */
export function drawGeographyOverlay(
  layer: SVGGElement,
  geo: GeoData,
  project: Project,
  options: { belt: boolean; lang: Lang },
): void {
  const path = options.belt ? screenPath(project) : null;
  select(layer)
    .selectAll<SVGPathElement, GeoData['belt']['features'][number]>('path.belt')
    .data(options.belt ? geo.belt.features : [])
    .join('path')
    .attr('class', 'belt')
    .attr('stroke', COLORS.belt)
    .attr('data-belt', (f) => f.properties.id ?? null)
    .attr('d', (f) => path?.(f) ?? null);
  select(layer)
    .selectAll<SVGTextElement, RiverLabel>('text.river-label')
    .data(riverLabels(geo, options.lang), (d) => d.id)
    .join('text')
    .attr('class', 'river-label')
    .attr('fill', COLORS.riverLabel)
    .attr('data-river-label', (d) => d.id)
    .attr('lang', options.lang)
    .attr('transform', (d) => `translate(${project(d.at).join(',')}) rotate(${d.angle})`)
    .text((d) => d.name);
}
