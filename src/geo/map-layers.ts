import type { LngLat, Region } from '../data/schema';
import type { GeoData } from './geo';
import { lngLatBounds } from './projection';
import { GEOGRAPHY_COLORS, LAND, MAP_BASE, regionColor } from './palette';

/**
 * The layer description both renderers draw from: which regions, in which colour, with
 * which label. Colours live in palette.ts (checked for colour-blind readers there),
 * picked by the region's position in data/regions.json.
 */
export const MAP_COLORS = {
  ...MAP_BASE,
  land: LAND,
  ...GEOGRAPHY_COLORS,
};

/**
 * Region fill opacities, one set for every drawing of the map: the MapLibre style, the
 * export and the print; the SVG map's CSS reads them as tokens (src/styles/tokens.css).
 */
export { REGION_FILL_OPACITY } from './palette';

export type RegionLayer = {
  id: string;
  color: string;
  name: string;
  label: LngLat;
  interior: LngLat;
};

export function regionLayers(regions: Region[], geo: GeoData, lang: 'zh' | 'en'): RegionLayer[] {
  const features = new Map(geo.regions.features.map((f) => [f.properties.id, f.properties]));
  return regions.flatMap((region, i) => {
    const props = features.get(region.id);
    if (!props) return [];
    return [
      {
        id: region.id,
        color: regionColor(i),
        name: region.name[lang],
        label: props.label,
        interior: props.interior,
      },
    ];
  });
}

export function regionLabelPoints(geo: GeoData): Map<string, LngLat> {
  return new Map(geo.regions.features.map((f) => [f.properties.id, f.properties.label]));
}

/** The initial frame: the five regions, whatever the screen. */
export function regionsBounds(geo: GeoData): [[number, number], [number, number]] {
  return lngLatBounds(geo.regions);
}
