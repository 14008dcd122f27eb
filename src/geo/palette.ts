/**
 * Every colour and dash the map encodes meaning with, in one place: the region fills
 * (map-layers.ts), the link kinds (arc-styles.ts), the legend swatches and the export read
 * them from here. palette.test.ts checks that each set stays apart (CIEDE2000 ΔE ≥ 10)
 * for normal vision and for simulated deuteranopia, protanopia and tritanopia.
 */

/** The land under the regions; a region's fill is seen composited over it. */
export const LAND = '#f6f4ef';

/** How opaque a region's fill is at rest (app.css and the MapLibre style use the same). */
export const REGION_FILL_OPACITY = { normal: 0.58, selected: 0.8, dimmed: 0.3 };

/**
 * Region colours, by the region's position in data/regions.json (京津冀, 长三角,
 * 粤港澳大湾区, 长江中游, 黄河流域). Chosen by search so that the fills as seen (each at
 * REGION_FILL_OPACITY over LAND) keep ΔE ≥ 10 from each other and from the land under
 * every simulation; the sand of 黄河流域 and the violet of 长江中游 differ in hue and
 * lightness. Names on the map and in the legend are the second channel.
 */
export const REGION_COLORS = ['#796f21', '#75cafa', '#cc426d', '#5e64f6', '#f9c441'] as const;

/** Link kind colours, by the kind's position in the data's kind list. */
export const KIND_COLORS = [
  '#124aba',
  '#ac5658',
  '#474567',
  '#736a98',
  '#5a6d06',
  '#3a3917',
  '#580726',
  '#430564',
] as const;

/**
 * Dash patterns for the kinds (drawn with round caps, so a 0.1 dash is a dot and each gap
 * loses one stroke width: gaps are ≥ 8 px to survive the widest arc). Read as rhythms:
 * solid, long, short, dots, long–dot, long–dot–dot, long–short, three dots.
 */
export const KIND_DASHES = [
  '',
  '16 9',
  '6 9',
  '0.1 8',
  '16 8 0.1 8',
  '16 8 0.1 8 0.1 8',
  '16 8 6 8',
  '0.1 8 0.1 8 0.1 18',
] as const;

/** Context geography: thin, blue-grey, under the regions' names; never data. */
export const GEOGRAPHY_COLORS = {
  river: '#55778f',
  lake: '#b9cfdf',
  lakeOutline: '#8eaabd',
  riverLabel: '#405f74',
  belt: '#2f4858',
};

function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `color` at `alpha` over `under`, as the browser composites it (sRGB). */
export function composite(color: string, alpha: number, under = LAND): string {
  const top = channels(color);
  const bottom = channels(under);
  return `#${top
    .map((c, i) => Math.round(c * alpha + bottom[i]! * (1 - alpha)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

export function regionColor(index: number): string {
  return REGION_COLORS[index % REGION_COLORS.length]!;
}

/** The fill as a reader sees it on the map at rest: what a legend swatch must show. */
export function regionFillSeen(index: number): string {
  return composite(regionColor(index), REGION_FILL_OPACITY.normal);
}
