import { useMemo } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import type { GeoData } from './geo';
import { MAP_COLORS } from './map-layers';
import { t } from '../../i18n/strings';
import { useAppStore } from '../../store/store';

const WIDTH = 100;
const HEIGHT = 136;

type Part = Feature & { properties: { kind?: string } };

/**
 * The South China Sea islands in an inset, as a standard map of China shows them. The
 * source ships them as a ready-made inset (frame, islands, boundary line) placed east of
 * Taiwan, so it is drawn here in its own box and never on the main map.
 */
export function NanhaiInset({ geo }: { geo: GeoData }) {
  const lang = useAppStore((s) => s.lang);
  const parts = useMemo(() => {
    const features = geo.nanhai.features as Part[];
    const frame = features.find((f) => f.properties.kind === 'frame') ?? geo.nanhai;
    // No adaptive resampling (the islands are a few points each; it only costs time).
    const path = geoPath(
      geoMercator()
        .precision(0)
        .fitExtent(
          [
            [1, 1],
            [WIDTH - 1, HEIGHT - 1],
          ],
          frame,
        ),
    );
    return features.map((f) => ({ kind: f.properties.kind ?? 'land', d: path(f) ?? '' }));
  }, [geo]);
  return (
    <figure className="nanhai-inset" data-map-obstacle>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <rect width={WIDTH} height={HEIGHT} fill={MAP_COLORS.sea} />
        {parts.map((p, i) => (
          <path
            key={i}
            d={p.d}
            fill={p.kind === 'land' ? MAP_COLORS.land : 'none'}
            stroke={p.kind === 'frame' ? 'none' : '#4a5968'}
            strokeWidth={p.kind === 'land' ? 0.5 : 0.9}
          />
        ))}
      </svg>
      <figcaption>{t(lang, 'insetLabel')}</figcaption>
    </figure>
  );
}
