import { useState } from 'react';
import type { Model } from '../../data/model';
import type { GeoData } from '../map/geo';
import { regionLayers } from '../map/map-layers';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { importWithRetry } from '../../lib/lazy-with-retry';

/** Saves the current view as a PNG at 2× — for slides. */
export function ExportButton({ model, geo }: { model: Model; geo: GeoData }) {
  const lang = useAppStore((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const map = document.querySelector<HTMLElement>('.map');
    const s = appStore.getState();
    if (!map || !s.view) return;
    setBusy(true);
    try {
      // Loaded on first use: nothing of the export is on the first view's path.
      let modules;
      try {
        modules = await Promise.all([
          importWithRetry(() => import('./export-svg')),
          importWithRetry(() => import('./export-png')),
        ]);
      } catch {
        s.notify({ zh: t('zh', 'exportLoadFailed'), en: t('en', 'exportLoadFailed') });
        return;
      }
      const [{ exportSvg }, { download, svgToPng }] = modules;
      const size = { width: map.clientWidth, height: map.clientHeight };
      // The arcs and their end markers, exactly as drawn on screen.
      const parts = document.querySelectorAll('.arcs-overlay defs, .arcs-overlay .arcs');
      const serializer = new XMLSerializer();
      const svg = exportSvg({
        model,
        geo,
        regions: regionLayers(model.regions, geo, s.lang),
        view: s.view,
        size,
        lang: s.lang,
        selectedRegion: s.selection.region,
        arcsMarkup: [...parts].map((p) => serializer.serializeToString(p)).join(''),
      });
      const png = await svgToPng(svg, size.width, size.height, 2);
      download(
        png,
        `regional-innovation-map${s.selection.region ? `-${s.selection.region}` : ''}.png`,
      );
    } catch (error) {
      s.notify({ zh: `导出失败：${String(error)}`, en: `Export failed: ${String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void run()}>
      {t(lang, 'exportPng')}
    </button>
  );
}
