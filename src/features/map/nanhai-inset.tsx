import { MAP_COLORS } from '../../geo/map-layers';
import {
  INSET_HEIGHT as HEIGHT,
  INSET_WIDTH as WIDTH,
  type InsetPart,
} from '../../geo/nanhai-parts';
import { t } from '../../i18n/strings';
import { useAppStore } from '../../store/store';
import './nanhai-inset.css';

/**
 * The South China Sea islands in an inset, as a standard map of China shows them. The
 * source ships them as a ready-made inset (frame, islands, boundary line) placed east of
 * Taiwan, so it is drawn here in its own box and never on the main map (the camera keeps
 * clear of it). Its parts come fitted to the box with the first view's geometry
 * (`GeoView.nanhai`, written by the build): the islands are there in the first frame.
 */
export function NanhaiInset({ parts }: { parts: InsetPart[] }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <figure className="nanhai-inset" data-map-obstacle>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <rect width={WIDTH} height={HEIGHT} fill={MAP_COLORS.sea} />
        {parts.map((p, i) => (
          <path
            key={i}
            d={p.d}
            fill={p.kind === 'land' ? MAP_COLORS.land : 'none'}
            stroke={p.kind === 'frame' ? 'none' : MAP_COLORS.nanhaiLine}
            strokeWidth={p.kind === 'land' ? 0.5 : 0.9}
          />
        ))}
      </svg>
      <figcaption>{t(lang, 'insetLabel')}</figcaption>
    </figure>
  );
}
