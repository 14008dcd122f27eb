import type { LngLat, Region } from '../../data/schema';
import type { GeoData } from './geo';
import { lngLatBounds } from './camera';

/**
 * The layer description both renderers draw from: which regions, in which colour, with
 * which label. Colours come from the Okabe–Ito palette (safe for colour-blind readers),
 * picked by the region's position in data/regions.json.
 */
export const REGION_PALETTE = [
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
];

export const MAP_COLORS = {
  sea: '#dce9f2',
  land: '#f6f4ef',
  neighbour: '#e8e6e1',
  provinceBorder: '#9a968c',
  cityBorder: '#b9b4a8',
  text: '#1a1a1a',
};

/**
 * Region fill opacities, one set for every drawing of the map: the MapLibre style, the
 * export and the print (the SVG map's CSS in app.css repeats these numbers).
 */
export const REGION_FILL_OPACITY = { normal: 0.58, selected: 0.8, dimmed: 0.3 };

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
        color: REGION_PALETTE[i % REGION_PALETTE.length]!,
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
