import type { Place } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore } from '../../store/store';

/** Places and initiatives the text names in this region; choosing one shows it on the map. */
export function PlaceList({ places, lang }: { places: Place[]; lang: Lang }) {
  return (
    <ul className="place-list">
      {places.map((place) => (
        <li key={place.id}>
          {place.coordinates ? (
            <button
              type="button"
              className="chip"
              data-place={place.id}
              onClick={() => appStore.getState().focusPlace(place.region, place.id)}
            >
              {place.name[lang]}
            </button>
          ) : (
            <span className="chip static">{place.name[lang]}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
