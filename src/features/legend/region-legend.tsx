import { useId, useState, type ReactNode } from 'react';
import type { Model } from '../../data/model';
import { WIDE_ID } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { regionFillSeen } from '../../geo/palette';
import { GeographyLegend } from './geography-legend';
import { KindFilter } from './kind-filter';
import { useMedia } from '../../lib/use-media';
import './legend.css';

const ROOMY = '(min-width: 1400px)';
/** A screen where an open panel leaves the map less than about 750 px (1024 px: 584). */
const NARROW = '(max-width: 1199px)';
/** The phone layout of legend.css. */
const PHONE = '(max-width: 599px)';

/**
 * The legend is also the region list: one button per region, named by its name, so
 * everything the map does by pointer can be done by keyboard and screen reader.
 */
export function RegionLegend({ model, compact = false }: { model: Model; compact?: boolean }) {
  const lang = useAppStore((s) => s.lang);
  const keyId = useId();
  const selected = useAppStore((s) => s.selection.region);
  const hovered = useAppStore((s) => s.hover.region);
  // Beside an open panel or the network view on a screen under 1400 px the key (kinds,
  // geography) folds away, so the map keeps room for the selection or the network (at
  // 1024 px it had a quarter of the width); one click opens it. The links table names
  // each row's kind with its swatch.
  const panelOpen = useAppStore((s) =>
    Boolean(s.selection.region || s.selection.link || (s.overview && s.step === null)),
  );
  const roomy = useMedia(ROOMY);
  const [keyChoice, setKeyChoice] = useState<boolean | null>(null);
  const keyOpen = keyChoice ?? (roomy || !panelOpen);
  // Beside the network view on such a screen the region list folds too: the view takes
  // half of a 1024 px screen, and with the list the network's map had 300 px of the rest
  // (in English). The map names the regions; one click opens the list.
  const network = useAppStore((s) => s.overview !== null && s.step === null);
  // On a phone the whole legend folds to its title: unfolded it took the top half of the
  // map, and in English pushed China into a corner. The map names and colours the regions,
  // and a tap on one chooses it.
  const phone = useMedia(PHONE);
  // Beside an open panel on a narrow screen it folds too: at 1024 in English the list (330
  // px tall beside a 584 px map) left the camera the strip below it, and 全国 / 全球 showed
  // China 310 px wide in a corner. The panel names the choice; one click opens the list.
  const narrow = useMedia(NARROW);
  const [listChoice, setListChoice] = useState<boolean | null>(null);
  const foldable = (phone || (network && !roomy) || (panelOpen && narrow)) && !compact;
  const listOpen = !foldable || (listChoice ?? false);
  const listId = useId();
  const select = (id: string) => {
    const s = appStore.getState();
    if (s.step !== null) s.setExploring(true);
    if (s.selection.region === id && !s.selection.link) s.clearSelection();
    else s.selectRegion(id);
  };
  return (
    <nav
      className={compact ? 'legend compact' : 'legend'}
      aria-label={t(lang, 'regions')}
      data-map-obstacle
      data-folded={listOpen ? undefined : ''}
    >
      <h2 className="legend-title">
        {foldable ? (
          <FoldButton
            className="legend-list-toggle"
            open={listOpen}
            controls={listId}
            onToggle={() => setListChoice(!listOpen)}
          >
            {t(lang, 'regions')}
          </FoldButton>
        ) : (
          t(lang, 'regions')
        )}
      </h2>
      <ul className="region-list" id={listId} hidden={!listOpen}>
        {model.regions.map((region, i) => (
          <li key={region.id}>
            <button
              type="button"
              className="region-button"
              data-region={region.id}
              data-hovered={hovered === region.id || undefined}
              aria-pressed={selected === region.id}
              onClick={() => select(region.id)}
              onPointerEnter={() => appStore.getState().setHover({ region: region.id })}
              onPointerLeave={() => appStore.getState().setHover({ region: null })}
            >
              <span
                className="swatch"
                style={{ background: regionFillSeen(i) }}
                aria-hidden="true"
              />
              <span lang={lang}>{region.name[lang]}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="region-button"
            data-region={WIDE_ID}
            aria-pressed={selected === WIDE_ID}
            onClick={() => select(WIDE_ID)}
          >
            <span className="swatch wide" aria-hidden="true" />
            <span>{t(lang, 'wide')}</span>
          </button>
        </li>
      </ul>
      <p className="legend-note" hidden={!listOpen}>
        <span className="swatch hatch" aria-hidden="true" /> {t(lang, 'partial')}
      </p>
      <FoldButton
        className="legend-key-toggle"
        open={keyOpen}
        controls={keyId}
        onToggle={() => setKeyChoice(!keyOpen)}
      >
        {t(lang, 'legendKey')}
      </FoldButton>
      <div id={keyId} className="legend-key" hidden={!keyOpen}>
        <KindFilter model={model} />
        <GeographyLegend model={model} />
      </div>
    </nav>
  );
}

/** A button that folds and unfolds the part of the legend it controls (▸ folded, ▾ open). */
function FoldButton({
  className,
  open,
  controls,
  onToggle,
  children,
}: {
  className: string;
  open: boolean;
  controls: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children} {open ? '▾' : '▸'}
    </button>
  );
}
