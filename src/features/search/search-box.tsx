import { useId, useMemo, useState } from 'react';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { search, type SearchResult } from './search-index';

/** A combobox over speakers, places, initiatives and phrases; Enter picks the active result. */
export function SearchBox({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => search(model, query, lang), [model, query, lang]);
  const open = query.trim().length > 0;

  const choose = (r: SearchResult) => {
    const s = appStore.getState();
    if (s.step !== null) s.setExploring(true);
    if (r.viewpoint) s.focusViewpoint(r.region, r.viewpoint);
    else if (r.region) s.selectRegion(r.region);
    const place = r.kind === 'place' ? model.place(r.key.slice(2)) : undefined;
    if (place?.coordinates)
      s.flyTo({ lng: place.coordinates[0], lat: place.coordinates[1], zoom: 7 });
    setQuery('');
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t(lang, 'search')}
        placeholder={t(lang, 'search')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          // Keys pressed while an input method composes (pinyin: Enter commits the Latin
          // letters, arrows move among candidates) belong to the input method.
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) choose(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results">
          {results.length === 0 && <li className="empty">{t(lang, 'noResults')}</li>}
          {results.map((r, i) => (
            <li
              key={r.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span className="result-label">{r.label}</span>
              <span className="result-detail">{r.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
