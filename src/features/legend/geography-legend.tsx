import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { GEOGRAPHY_COLORS } from '../../geo/palette';

const BELT_PLACE = 'yangtze-economic-belt';

/**
 * The context layers' key: the rivers (always drawn, background from Natural Earth) and
 * the 长江经济带 outline, a toggle (`aria-pressed`, in the URL as `belt=1`).
 */
export function GeographyLegend({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const belt = useAppStore((s) => s.belt);
  const beltName = model.place(BELT_PLACE)?.name[lang] ?? t(lang, 'yangtzeBelt');
  return (
    <div className="geography-legend">
      <h2 className="legend-title">{t(lang, 'geography')}</h2>
      <button
        type="button"
        className="region-button belt-toggle"
        aria-pressed={belt}
        onClick={() => appStore.getState().setBelt(!belt)}
      >
        <svg width="22" height="14" aria-hidden="true">
          <rect
            x="1.5"
            y="1.5"
            width="19"
            height="11"
            rx="2"
            fill="none"
            stroke={GEOGRAPHY_COLORS.belt}
            strokeWidth="1.5"
            strokeDasharray="4 2.5"
          />
        </svg>
        <span lang={lang}>{beltName}</span>
      </button>
      <p className="legend-note">
        <svg width="22" height="10" aria-hidden="true">
          <path
            d="M1 7 C 6 1, 11 9, 21 3"
            fill="none"
            stroke={GEOGRAPHY_COLORS.river}
            strokeWidth="1.5"
          />
        </svg>{' '}
        {t(lang, 'rivers')} <small>({t(lang, 'geographySource')})</small>
      </p>
    </div>
  );
}
