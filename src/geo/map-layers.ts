import type { LngLat, Region } from '../data/schema';
import type { GeoView } from './view';
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

export function regionLayers(regions: Region[], geo: GeoView, lang: 'zh' | 'en'): RegionLayer[] {
  const shapes = new Map(geo.regions.map((r) => [r.id, r]));
  return regions.flatMap((region, i) => {
    const props = shapes.get(region.id);
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

export function regionLabelPoints(geo: GeoView): Map<string, LngLat> {
  return new Map(geo.regions.map((r) => [r.id, r.label]));
}
