import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/** The inset's drawing size: the screen's inset and the exported one share it. */
export const INSET_WIDTH = 100;
export const INSET_HEIGHT = 136;

type Part = Feature & { properties: { kind?: string } };
export type InsetPart = { kind: string; d: string };

/**
 * The source's ready-made 南海诸岛 inset (frame, islands, boundary line) fitted into the
 * inset's box, one path per part. No adaptive resampling (the islands are a few points
 * each; it only costs time).
 */
export function nanhaiParts(nanhai: FeatureCollection): InsetPart[] {
  const features = nanhai.features as Part[];
  const frame = features.find((f) => f.properties.kind === 'frame') ?? nanhai;
  const path = geoPath(
    geoMercator()
      .precision(0)
      .fitExtent(
        [
          [1, 1],
          [INSET_WIDTH - 1, INSET_HEIGHT - 1],
        ],
        frame,
      ),
  ).digits(1);
  return features.map((f) => ({ kind: f.properties.kind ?? 'land', d: path(f) ?? '' }));
}
