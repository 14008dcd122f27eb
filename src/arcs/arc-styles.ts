import { KIND_COLORS, KIND_DASHES } from '../geo/palette';

/**
 * Arc kinds differ in colour AND dash AND end marker, so colour is never the only
 * carrier of meaning. A kind's style is picked by its position in the data's kind list.
 */
export type KindStyle = { color: string; dash: string; marker: 'arrow' | 'dot' | 'bar' };

const MARKERS: KindStyle['marker'][] = ['arrow', 'dot', 'bar'];

/** Colours and dashes from palette.ts (tested for colour-blind readers there). */
export const KIND_STYLES: KindStyle[] = KIND_COLORS.map((color, i) => ({
  color,
  dash: KIND_DASHES[i]!,
  marker: MARKERS[i % MARKERS.length]!,
}));

export function kindStyle(index: number): KindStyle {
  return KIND_STYLES[index % KIND_STYLES.length]!;
}

export function arcWidth(weight: number): number {
  return 1.5 + Math.min(weight, 4) * 1;
}
