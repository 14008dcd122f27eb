import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Model } from '../../data/model';
import type { GeoView } from '../../geo/view';
import { fullGeometry } from '../../data/geometry';
import { appStore, useAppStore } from '../../store/store';
import { t, type StringKey } from '../../i18n/strings';
import { presentationSteps } from '../../deck/steps';
import { PrintHandout, printMap } from './print-handout';
import { importWithRetry } from '../../lib/lazy-with-retry';
import './export-menu.css';

type Format = 'png' | 'svg' | 'pptx';

/** The exported image: 16:9, for slides; the PNG is twice that. */
const IMAGE_SIZE = { width: 1280, height: 720 };

/** The export's code could not be loaded (after retries): said apart from a failed export. */
class LoadFailed extends Error {}

const load = <T,>(importer: () => Promise<T>) =>
  importWithRetry(importer).catch(() => {
    throw new LoadFailed();
  });

async function runExport(format: Format, model: Model, view: GeoView): Promise<void> {
  // Loaded on first use: nothing of the export is on the first view's path. The shapes
  // (the topology) are in by now, unless their download failed: then it is tried again.
  const [geo, { exportSvg }, subjects, { download, svgToPng }] = await Promise.all([
    fullGeometry(),
    load(() => import('./export-svg')),
    load(() => import('./map-subject')),
    load(() => import('./export-png')),
  ]);
  // Read once all is in: the reader may have chosen something else meanwhile.
  const s = appStore.getState();
  const lang = s.lang;
  const base = `regional-innovation-map${s.selection.region ? `-${s.selection.region}` : ''}`;
  const steps = presentationSteps(model, lang);
  if (format === 'pptx') {
    const { exportPptx } = await load(() => import('./export-pptx'));
    download(await exportPptx({ model, view, geo, steps, lang }), `${base}.pptx`);
    return;
  }
  const step = s.step !== null ? steps[s.step] : undefined;
  const subject = step
    ? subjects.subjectOfStep(model, step)
    : subjects.subjectOfSelection(model, s.selection);
  const region = s.selection.region ? model.region(s.selection.region) : undefined;
  const title = `${t(lang, 'appTitle')}${step ? ` · ${step.heading[lang]}` : region ? ` · ${region.name[lang]}` : ''}`;
  const { svg } = exportSvg({
    model,
    view,
    geo,
    lang,
    subject,
    size: IMAGE_SIZE,
    title,
    belt: s.belt,
  });
  if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${base}.svg`);
  else download(await svgToPng(svg, IMAGE_SIZE.width, IMAGE_SIZE.height, 2), `${base}.png`);
}

const ITEMS: { key: StringKey; run: 'png' | 'svg' | 'pptx' | 'print-map' }[] = [
  { key: 'exportPngItem', run: 'png' },
  { key: 'exportSvgItem', run: 'svg' },
  { key: 'exportPptxItem', run: 'pptx' },
  { key: 'printMapItem', run: 'print-map' },
];

/**
 * The export menu: the view as a PNG (2×) or SVG, the presentation as a PowerPoint deck,
 * the map alone printed on A4 landscape. It also mounts the print-only hand-out.
 */
export function ExportButton({ model, view }: { model: Model; view: GeoView }) {
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const choose = async (run: (typeof ITEMS)[number]['run']) => {
    setOpen(false);
    setBusy(true);
    try {
      if (run === 'print-map') {
        // The printed map is drawn as printing starts: its shapes must be in by then.
        await fullGeometry();
        printMap();
      } else await runExport(run, model, view);
    } catch (error) {
      if (error instanceof LoadFailed)
        appStore
          .getState()
          .notify({ zh: t('zh', 'exportLoadFailed'), en: t('en', 'exportLoadFailed') });
      else
        appStore.getState().notify({
          zh: `${t('zh', 'exportFailed')}：${String(error)}`,
          en: `${t('en', 'exportFailed')}: ${String(error)}`,
        });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
      return;
    }
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = (i + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? t(lang, 'exporting') : `${t(lang, 'exportMenu')} ▾`}
      </button>
      {open && (
        <ul className="export-menu-list" role="menu" aria-label={t(lang, 'exportMenu')}>
          {ITEMS.map((item) => (
            <li key={item.run} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(item.run)}>
                {t(lang, item.key)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {createPortal(<PrintHandout model={model} view={view} />, document.body)}
    </div>
  );
}
