import type { Feature, FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { GeoData } from '../../geo/geo';
import { MAP_COLORS, type RegionLayer } from '../../geo/map-layers';
import { PARTIAL_HATCH, REGION_FILL_OPACITY, REGION_OUTLINE } from '../../geo/palette';

/** The one GeoJSON source every layer of the MapLibre map reads. */
export const MAP_SOURCE = 'map';

/** What a feature of the map source is; each layer draws one kind. */
export type MapKind =
  'neighbour' | 'land' | 'region' | 'partial' | 'lake' | 'river' | 'province-border';

/** The image the partial members' fill repeats (added when the style asks for it). */
export const HATCH_IMAGE = 'partial-hatch';

function tagged(kind: MapKind, features: Feature[]): Feature[] {
  return features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
}

/**
 * What MapLibre draws at start, in one feature collection: one source is tiled once in the
 * worker, where six sources cost six tilings and six tile sets per view. Region features
 * keep their `id` property (promoted to the feature id for feature-state); no other kind
 * has one. The city borders (from zoom 5) come after the hand-over, in their own source.
 */
export function mapFeatures(geo: GeoData): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged('neighbour', geo.neighbours.features),
      ...tagged('land', geo.land.features),
      ...tagged('region', geo.regions.features),
      ...tagged('partial', geo.partials.features),
      ...tagged('lake', geo.lakes.features),
      // Without their `id`: only regions have one (it becomes the feature id).
      ...geo.rivers.features.map((f) => ({
        type: 'Feature' as const,
        geometry: f.geometry,
        properties: { kind: 'river', main: f.properties.id !== 'other' },
      })),
      { type: 'Feature', geometry: geo.provinceBorders, properties: { kind: 'province-border' } },
    ],
  };
}

export function regionColorExpression(regions: RegionLayer[]): ExpressionSpecification {
  const pairs = regions.flatMap((r) => [r.id, r.color]);
  return ['match', ['get', 'id'], ...pairs, '#999999'] as unknown as ExpressionSpecification;
}

const state = (key: string) =>
  ['boolean', ['feature-state', key], false] as ExpressionSpecification;

const of = (kind: MapKind): FilterSpecification => ['==', ['get', 'kind'], kind];

/** The layers, bottom to top. */
export function mapLayers(regions: RegionLayer[]): LayerSpecification[] {
  const source = MAP_SOURCE;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.sea } },
    {
      id: 'neighbours',
      type: 'fill',
      source,
      filter: of('neighbour'),
      paint: { 'fill-color': MAP_COLORS.neighbour, 'fill-antialias': false },
    },
    {
      id: 'land',
      type: 'fill',
      source,
      filter: of('land'),
      paint: { 'fill-color': MAP_COLORS.land, 'fill-antialias': false },
    },
    {
      id: 'region-fill',
      type: 'fill',
      source,
      filter: of('region'),
      paint: {
        'fill-color': regionColorExpression(regions),
        'fill-opacity': [
          'case',
          state('selected'),
          REGION_FILL_OPACITY.selected,
          state('dimmed'),
          REGION_FILL_OPACITY.dimmed,
          REGION_FILL_OPACITY.normal,
        ],
        // The outline layer draws over the edges: no second, antialiased pass.
        'fill-antialias': false,
      },
    },
    {
      id: 'partials',
      type: 'fill',
      source,
      filter: of('partial'),
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false },
    },
    // Context, over the fills and under the borders and names: thin and blue-grey.
    {
      id: 'lakes',
      type: 'fill',
      source,
      filter: of('lake'),
      paint: { 'fill-color': MAP_COLORS.lake, 'fill-outline-color': MAP_COLORS.lakeOutline },
    },
    {
      id: 'rivers',
      type: 'line',
      source,
      filter: of('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': MAP_COLORS.river,
        'line-width': ['case', ['get', 'main'], 1.3, 0.7],
      },
    },
    {
      id: 'province-borders',
      type: 'line',
      source,
      filter: of('province-border'),
      paint: { 'line-color': MAP_COLORS.provinceBorder, 'line-width': 0.8 },
    },
    {
      id: 'region-outline',
      type: 'line',
      source,
      filter: of('region'),
      paint: {
        'line-color': ['case', state('selected'), REGION_OUTLINE.selected, REGION_OUTLINE.rest],
        'line-width': ['case', state('selected'), 3, 1.2],
      },
    },
  ];
}

/** The city borders' source, added once the map has taken over (see `cityBordersLayer`). */
export const CITY_BORDERS_SOURCE = 'city-borders';

/** Drawn from zoom 5, under the province borders (`CITY_BORDERS_BEFORE`). */
export const cityBordersLayer: LayerSpecification = {
  id: 'city-borders',
  type: 'line',
  source: CITY_BORDERS_SOURCE,
  minzoom: 5,
  paint: { 'line-color': MAP_COLORS.cityBorder, 'line-width': 0.6 },
};

/** The layer the city borders are added before. */
export const CITY_BORDERS_BEFORE = 'province-borders';

/**
 * A local style: no tiles, sprites or glyphs from any server, and the data inline, so
 * the worker starts tiling as soon as the style is read. The region names are drawn in
 * the SVG overlay above the map (see arcs-overlay.tsx), so the style has no symbols.
 */
export function mapStyle(geo: GeoData, regions: RegionLayer[]): StyleSpecification {
  return {
    version: 8,
    sources: {
      [MAP_SOURCE]: {
        type: 'geojson',
        data: mapFeatures(geo),
        promoteId: 'id',
        // The geometry is no finer than this; deeper zooms reuse these tiles.
        maxzoom: 10,
      },
    },
    layers: mapLayers(regions),
  };
}

/** Diagonal stripes for members the plan takes in only in part (抚州, 吉安). */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = (x + y) % size < 2 ? PARTIAL_HATCH.line : PARTIAL_HATCH.ground;
      data.set([r, g, b, Math.round(a * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
