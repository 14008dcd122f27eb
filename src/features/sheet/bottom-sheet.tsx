import { useRef, useState, type ReactNode } from 'react';
import { useMedia } from '../../lib/use-media';
import { WIDE_ID, type Model } from '../../data/model';
import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { KindSwatch } from '../../components/kind-swatch';
import './bottom-sheet.css';

/** Narrower than this, the panel is a bottom sheet over the map (as in bottom-sheet.css). */
const SHEET_QUERY = '(max-width: 899px)';
/** A vertical swipe on the handle longer than this opens or closes the sheet. */
const SWIPE_PX = 24;

/**
 * On a phone or a narrow window the panel is a bottom sheet. A new selection opens it
 * collapsed: a handle with the region's name, its numbers of viewpoints and links and a key
 * of the kinds of its links, so the map above keeps the region and its partners in view
 * (the camera fits them into what the collapsed sheet leaves free). A tap or an upward
 * swipe opens it; a downward swipe collapses it. On wide screens it is the side panel.
 */
export function BottomSheet({ model, children }: { model: Model; children: ReactNode }) {
  const narrow = useMedia(SHEET_QUERY);
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const open = Boolean(selection.region || selection.link);
  const [expanded, setExpanded] = useState(false);
  const [shownFor, setShownFor] = useState(selection);
  // Each new selection starts collapsed (state adjusted during render, not in an effect).
  if (shownFor !== selection) {
    setShownFor(selection);
    setExpanded(false);
  }
  const swipe = useRef<number | null>(null);
  const swiped = useRef(false);

  if (!narrow) return <>{children}</>;

  const link = selection.link ? model.link(selection.link) : undefined;
  const region = selection.region;
  const links = link ? [link] : region ? model.linksOfRegion(region) : [];
  const viewpoints = link
    ? 0
    : region === WIDE_ID
      ? model.wideViewpoints.length
      : region
        ? model.viewpointsOfRegion(region).length
        : 0;
  const title = link
    ? link.label[lang]
    : region === WIDE_ID
      ? t(lang, 'wide')
      : region
        ? (model.region(region)?.name[lang] ?? '')
        : '';
  const kinds = model.bundle.kinds
    .map((k, index) => ({ ...k, index }))
    .filter((k) => links.some((l) => l.kind === k.id));

  return (
    <div className="sheet" data-sheet={!open ? 'closed' : expanded ? 'expanded' : 'collapsed'}>
      {open && (
        <div className="sheet-handle" data-map-obstacle>
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            onClick={() => {
              // A swipe, not a tap: the click that follows must not toggle it back.
              if (swiped.current) swiped.current = false;
              else setExpanded((e) => !e);
            }}
            onPointerDown={(e) => {
              swipe.current = e.clientY;
            }}
            onPointerUp={(e) => {
              const start = swipe.current;
              swipe.current = null;
              if (start === null) return;
              const dy = e.clientY - start;
              if (Math.abs(dy) < SWIPE_PX) return;
              swiped.current = true;
              setExpanded(dy < 0);
            }}
          >
            <span className="sheet-grip" aria-hidden="true" />
            <span className="sheet-title">{title}</span>
            <span className="sheet-counts">
              {!link && `${viewpoints} ${t(lang, 'countViewpoints')} · `}
              {links.length} {t(lang, links.length === 1 ? 'countLink' : 'countLinks')}
            </span>
            <span className="sheet-chevron" aria-hidden="true">
              {expanded ? '▾' : '▴'}
            </span>
          </button>
          {kinds.length > 0 && (
            <ul className="sheet-key" aria-label={t(lang, 'linkKinds')}>
              {kinds.map((k) => (
                <li key={k.id}>
                  <KindSwatch index={k.index} width={26} />
                  {k.label[lang]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children}
    </div>
  );
}
