import { useId, useMemo, useState } from 'react';
import type { Model } from '../../data/model';
import type { LngLat } from '../../data/schema';
import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import {
  citation,
  linksCsv,
  linksGeoJson,
  placesCsv,
  placesGeoJson,
  saveText,
  viewpointsCsv,
} from './downloads';
import { iframeSnippet } from './embed';

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

/** Downloads, the briefing's reference and the embed snippet, in one disclosure. */
export function DataMenu({ model, labels }: { model: Model; labels: Map<string, LngLat> }) {
  const lang = useAppStore((s) => s.lang);
  // Read when the menu opens, so that the snippet embeds the view as it is now.
  const [href, setHref] = useState('');
  // All briefings: the files hold every briefing (ids `<briefing>.<id>`).
  const id = model.corpus ? 'all-briefings' : model.bundle.briefing.id;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const files: { key: string; label: string; save: () => void }[] = [
    {
      key: 'links-csv',
      label: `${t(lang, 'downloadLinks')} · CSV`,
      save: () => saveText(`${id}-links.csv`, linksCsv(model), CSV),
    },
    {
      key: 'links-geojson',
      label: `${t(lang, 'downloadLinks')} · GeoJSON`,
      save: () => saveText(`${id}-links.geojson`, json(linksGeoJson(model, labels)), GEOJSON),
    },
    {
      key: 'places-csv',
      label: `${t(lang, 'downloadPlaces')} · CSV`,
      save: () => saveText(`${id}-places.csv`, placesCsv(model), CSV),
    },
    {
      key: 'places-geojson',
      label: `${t(lang, 'downloadPlaces')} · GeoJSON`,
      save: () => saveText(`${id}-places.geojson`, json(placesGeoJson(model)), GEOJSON),
    },
    {
      key: 'viewpoints-csv',
      label: `${t(lang, 'downloadViewpoints')} · CSV`,
      save: () => saveText(`${id}-viewpoints.csv`, viewpointsCsv(model), CSV),
    },
  ];
  // All briefings: the reference of each, newest first.
  const cite = useMemo(
    () =>
      model.corpus
        ? model.corpus.entries.map((e) => citation(e.briefing, lang)).join('\n')
        : citation(model.bundle.briefing, lang),
    [model, lang],
  );

  return (
    <details
      className="data-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) setHref(location.href);
      }}
    >
      <summary className="button">{t(lang, 'dataMenu')}</summary>
      <div className="data-menu-body">
        <ul className="download-list">
          {files.map((f) => (
            <li key={f.key}>
              <button type="button" className="button" data-download={f.key} onClick={f.save}>
                {f.label}
              </button>
            </li>
          ))}
        </ul>
        <p className="data-hint">{t(lang, 'downloadHint')}</p>
        <CopyBox label={t(lang, 'citeThis')} text={cite} name="cite" />
        {href && (
          <CopyBox
            label={t(lang, 'embedThis')}
            text={iframeSnippet(href, t(lang, 'appTitle'))}
            name="embed"
          />
        )}
      </div>
    </details>
  );
}

function CopyBox({ label, text, name }: { label: string; text: string; name: string }) {
  const lang = useAppStore((s) => s.lang);
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const area = document.getElementById(id) as HTMLTextAreaElement | null;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text to copy by hand.
      area?.select();
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="copy-box" data-copy={name}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={name === 'embed' ? 4 : 5} />
      <button type="button" className="button" onClick={() => void copy()}>
        {copied ? t(lang, 'copied') : t(lang, 'copy')}
      </button>
    </div>
  );
}
