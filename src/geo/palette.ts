/**
 * Every colour, opacity and dash the map is drawn with, in one place: the region fills
 * (map-layers.ts), the link kinds (arc-styles.ts), the legend swatches, MapLibre's style and
 * the export read them from here; the stylesheets read the same values as CSS custom
 * properties from src/styles/tokens.css, and tokens.test.ts checks that both agree.
 * palette.test.ts checks that each set stays apart (CIEDE2000 ΔE ≥ 10) for normal vision
 * and for simulated deuteranopia, protanopia and tritanopia.
 */

/** The land under the regions; a region's fill is seen composited over it. */
export const LAND = '#f6f4ef';

/** The map's ground: sea, the neighbouring countries, borders, names (`--sea`…). */
export const MAP_BASE = {
  sea: '#dce9f2',
  neighbour: '#e8e6e1',
  provinceBorder: '#9a968c',
  cityBorder: '#b9b4a8',
  text: '#1a1a1a',
  /** The 南海诸岛 inset's islands and dashed line. */
  nanhaiLine: '#4a5968',
};

/** The white of the page: backgrounds of markers, chips, the export's frame (`--paper`). */
export const PAPER = '#ffffff';

/**
 * How opaque a region's fill is: at rest, under the pointer (SVG map only), chosen, and
 * when another region is chosen. The same on the SVG map, MapLibre, the export and print.
 */
export const REGION_FILL_OPACITY = { normal: 0.58, hovered: 0.78, selected: 0.8, dimmed: 0.3 };

/** A region's outline: white between regions, dark under the pointer and when chosen. */
export const REGION_OUTLINE = { rest: '#ffffff', hovered: '#222222', selected: '#111111' };

/** Arcs: at rest, of the chosen region or step, the chosen link, the others then. */
export const ARC_OPACITY = { rest: 0.55, active: 0.95, chosen: 1, backgrounded: 0.18 };

/** Stripes over members a plan takes in only in part (抚州, 吉安), as [r, g, b, alpha]. */
export const PARTIAL_HATCH = {
  ground: [255, 255, 255, 0.45],
  line: [120, 70, 0, 0.55],
} as const satisfies Record<string, readonly [number, number, number, number]>;

/** A hatch colour as CSS/SVG writes it. */
export function rgba([r, g, b, a]: readonly [number, number, number, number]): string {
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

/** The frame of the 南海诸岛 inset (and of the map's zoom buttons). */
export const INSET_FRAME = '#6b7a88';

/** The halo behind names on the map (region and place names; river names at 0.85). */
export const LABEL_HALO = '#ffffff';
export const RIVER_LABEL_HALO_OPACITY = 0.85;

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

/** The 长江经济带 outline is context: drawn a little faint. */
export const BELT_OPACITY = 0.75;

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
