import { MAP_COLORS } from '../../geo/map-layers';
import { INSET_FRAME, PAPER } from '../../geo/palette';

import { INSET_HEIGHT, INSET_WIDTH, type InsetPart } from '../../geo/nanhai-parts';

export { INSET_HEIGHT, INSET_WIDTH };
const CAPTION = 16;
/** Frame colour, as the screen's `.nanhai-inset` border; the e2e pixel test looks for it. */
export { INSET_FRAME };
export const INSET_BOX = { width: INSET_WIDTH + 4, height: INSET_HEIGHT + CAPTION + 4 };

/**
 * The 南海诸岛 inset as SVG markup, drawn as the screen draws it (nanhai-inset.tsx): the
 * source's ready-made frame, islands and boundary line fitted into a 100×136 box (the
 * first view's geometry, `GeoView.nanhai`), here framed with a caption below, its top-left corner at (x, y), scaled by `scale`.
 */
export function nanhaiInsetSvg(
  inset: InsetPart[],
  {
    x,
    y,
    scale,
    caption,
    font,
  }: { x: number; y: number; scale: number; caption: string; font: string },
): string {
  const parts = inset
    .map(({ kind, d }) => {
      const fill = kind === 'land' ? MAP_COLORS.land : 'none';
      const stroke = kind === 'frame' ? 'none' : MAP_COLORS.nanhaiLine;
      return `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${kind === 'land' ? 0.5 : 0.9}"/>`;
    })
    .join('');
  const { width, height } = INSET_BOX;
  // The caption fits the frame: the English name is set smaller (about 0.6 em a letter).
  const letters = [...caption].reduce((n, ch) => n + (/[\u2e80-\u9fff]/.test(ch) ? 1 : 0.6), 0);
  const fontSize = Math.min(11, (width - 6) / letters).toFixed(1);
  return `<g class="nanhai-inset" data-inset="nanhai" transform="translate(${x},${y}) scale(${scale})">
<rect class="inset-frame" x="1" y="1" width="${width - 2}" height="${height - 2}" fill="${PAPER}" stroke="${INSET_FRAME}" stroke-width="2"/>
<g transform="translate(2,2)"><rect width="${INSET_WIDTH}" height="${INSET_HEIGHT}" fill="${MAP_COLORS.sea}"/>${parts}</g>
<text x="${width / 2}" y="${height - 6}" text-anchor="middle" font-size="${fontSize}" fill="${MAP_COLORS.text}" ${font}>${caption}</text>
</g>`;
}
