import { useId, useMemo, useState } from 'react';
import { WIDE_ID, type Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t, type StringKey } from '../../i18n/strings';
import { search, type PinyinMatch, type SearchKind, type SearchResult } from './search-index';
import './search.css';
import { BriefingTag } from '../../components/briefing-tag';

const KIND_LABEL: Record<SearchKind, StringKey> = {
  region: 'resultRegion',
  place: 'resultPlace',
  speaker: 'resultSpeaker',
  viewpoint: 'resultViewpoint',
};

const PLACE_KIND_LABEL: Record<string, StringKey> = {
  city: 'placeCity',
  province: 'placeProvince',
  zone: 'placeZone',
  institution: 'placeInstitution',
  initiative: 'placeInitiative',
  event: 'placeEvent',
  area: 'placeArea',
};

// pinyin-match (≈ 20 KB gzip) is fetched on the first keystroke, not with the first view;
// until it is there, names match in Chinese and English only.
let pinyinLoad: Promise<PinyinMatch> | null = null;
function loadPinyin(): Promise<PinyinMatch> {
  pinyinLoad ??= import('pinyin-match').then((m) => m.default.match);
  return pinyinLoad;
}

/** A combobox over regions, places, speakers and phrases; Enter picks the active result. */
export function SearchBox({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [pinyin, setPinyin] = useState<{ match: PinyinMatch } | null>(null);
  const listId = useId();
  const results = useMemo(
    () => search(model, query, lang, pinyin?.match),
    [model, query, lang, pinyin],
  );
  const open = query.trim().length > 0;

  const choose = (r: SearchResult) => {
    const s = appStore.getState();
    if (s.step !== null) s.setExploring(true);
    // The camera follows the choice: a viewpoint's regions, a place close up with its marker.
    const place = r.kind === 'place' ? model.place(r.key.slice(2)) : undefined;
    if (place) s.focusPlace(place.region ?? WIDE_ID, place.id);
    else if (r.viewpoint) s.focusViewpoint(r.region, r.viewpoint);
    else if (r.region) s.selectRegion(r.region);
    setQuery('');
  };

  const detail = (r: SearchResult) => {
    const placeKind = r.kind === 'place' ? PLACE_KIND_LABEL[r.detail] : undefined;
    return placeKind ? t(lang, placeKind) : r.detail;
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
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (!pinyin)
            loadPinyin().then(
              (match) => setPinyin({ match }),
              () => undefined, // offline and not cached: Chinese and English still match
            );
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
        <ul id={listId} role="listbox" className="search-results" lang={lang}>
          {results.length === 0 && <li className="empty">{t(lang, 'noResults')}</li>}
          {results.map((r, i) => (
            <li
              key={r.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-result-kind={r.kind}
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span className="result-label" lang={r.labelLang}>
                {r.label}
              </span>
              <span className="result-detail">
                {/* In "all briefings" the same name turns up once per briefing. */}
                <BriefingTag model={model} id={r.key.slice(2)} lang={lang} />
                <span className="result-kind">{t(lang, KIND_LABEL[r.kind])}</span>
                {detail(r) && ` · ${detail(r)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
