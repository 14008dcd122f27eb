import type { Place } from '../../data/schema';
import type { Model } from '../../data/model';
import { BriefingTag } from '../../components/briefing-tag';
import type { Lang } from '../../store/url-hash';
import { appStore } from '../../store/store';
import { p, t } from '../../i18n/strings';

/**
 * Places and initiatives in this region; choosing one shows it on the map, with its marker.
 * A place the briefing never names is marked "背景资料" / "Background", its source in the
 * tooltip.
 */
export function PlaceList({ model, places, lang }: { model: Model; places: Place[]; lang: Lang }) {
  return (
    <ul className="place-list">
      {places.map((place) => {
        const background = place.basis === 'background';
        const title = background
          ? `${t(lang, 'backgroundPlace')}${p(lang, 'colon')}${place.source?.[lang] ?? ''}`
          : undefined;
        const label = (
          <>
            <BriefingTag model={model} id={place.id} lang={lang} />
            {place.name[lang]}
            {background && <span className="basis-mark"> · {t(lang, 'background')}</span>}
          </>
        );
        return (
          <li key={place.id} data-basis={place.basis}>
            {place.coordinates ? (
              <button
                type="button"
                className="chip"
                data-place={place.id}
                title={title}
                onClick={() => appStore.getState().focusPlace(place.region, place.id)}
              >
                {label}
              </button>
            ) : (
              <span className="chip static" title={title}>
                {label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
