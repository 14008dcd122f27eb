import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MAP_COLORS, type RegionLayer } from './map-layers';

/**
 * A local style: no tiles, sprites or glyphs from any server. The region names are drawn
 * in the SVG overlay above the map (see arcs-overlay.tsx), so the style has no symbols.
 */
export const baseStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.sea } }],
};

export function regionColorExpression(regions: RegionLayer[]): ExpressionSpecification {
  const pairs = regions.flatMap((r) => [r.id, r.color]);
  return ['match', ['get', 'id'], ...pairs, '#999999'] as unknown as ExpressionSpecification;
}

const state = (key: string) =>
  ['boolean', ['feature-state', key], false] as ExpressionSpecification;

export function regionLayers(regions: RegionLayer[]): Record<string, LayerSpecification> {
  return {
    neighbours: {
      id: 'neighbours',
      type: 'fill',
      source: 'neighbours',
      paint: { 'fill-color': MAP_COLORS.neighbour, 'fill-antialias': false },
    },
    land: {
      id: 'land',
      type: 'fill',
      source: 'land',
      paint: { 'fill-color': MAP_COLORS.land, 'fill-antialias': false },
    },
    regionFill: {
      id: 'region-fill',
      type: 'fill',
      source: 'regions',
      paint: {
        'fill-color': regionColorExpression(regions),
        'fill-opacity': ['case', state('selected'), 0.8, state('dimmed'), 0.3, 0.58],
      },
    },
    partials: {
      id: 'partials',
      type: 'fill',
      source: 'partials',
      paint: { 'fill-pattern': 'partial-hatch' },
    },
    cityBorders: {
      id: 'city-borders',
      type: 'line',
      source: 'city-borders',
      minzoom: 5,
      paint: { 'line-color': MAP_COLORS.cityBorder, 'line-width': 0.6 },
    },
    provinceBorders: {
      id: 'province-borders',
      type: 'line',
      source: 'province-borders',
      paint: { 'line-color': MAP_COLORS.provinceBorder, 'line-width': 0.8 },
    },
    regionOutline: {
      id: 'region-outline',
      type: 'line',
      source: 'regions',
      paint: {
        'line-color': ['case', state('selected'), '#111111', '#ffffff'],
        'line-width': ['case', state('selected'), 3, 1.2],
      },
    },
  };
}

/** Diagonal stripes for members the plan takes in only in part (抚州, 吉安). */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [120, 70, 0, 150] : [255, 255, 255, 110], i);
    }
  }
  return { width: size, height: size, data };
}
