import { useId, useMemo } from 'react';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import type { Model } from '../../data/model';
import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { OUTSIDE, regionMatrix } from './links-table-model';
import { MAP_BASE, PAPER } from '../../geo/palette';

/**
 * Region × region: how many links join each pair, the number written in each cell and
 * the cell shaded by it (a table, so it reads aloud and prints as it is).
 */
export function RegionMatrix({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const captionId = useId();
  const kinds = useAppStore((s) => s.kinds);
  const matrix = useMemo(
    () =>
      regionMatrix(
        model,
        model.bundle.links.filter((l) => !kinds || kinds.includes(l.kind)),
      ),
    [model, kinds],
  );
  // From white: an empty cell is blank paper, the fullest the darkest blue.
  const color = scaleSequential(interpolateBlues).domain([0, Math.max(1, matrix.max)]);
  const name = (key: string) =>
    key === OUTSIDE ? t(lang, 'outsideRegions') : (model.region(key)?.name[lang] ?? key);

  return (
    // Focusable, so that a keyboard can scroll it where it is wider than the screen.
    <div className="matrix-view" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="region-matrix">
        <caption id={captionId}>{t(lang, 'matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {matrix.keys.map((key) => (
              <th key={key} scope="col" data-region={key}>
                {name(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.keys.map((row, i) => (
            <tr key={row}>
              <th scope="row" data-region={row}>
                {name(row)}
              </th>
              {matrix.keys.map((col, j) => {
                const n = matrix.counts[i]![j]!;
                const fill = color(n);
                return (
                  <td
                    key={col}
                    data-from={row}
                    data-to={col}
                    data-count={n}
                    style={{
                      background: fill,
                      color: textOn(fill),
                    }}
                  >
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Relative luminance (WCAG 2). */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** White or ink, whichever contrasts more with the cell (the numbers are large text). */
function textOn(fill: string): string {
  const l = luminance(fill);
  const ink = luminance(MAP_BASE.text);
  return 1.05 / (l + 0.05) > (l + 0.05) / (ink + 0.05) ? PAPER : MAP_BASE.text;
}
