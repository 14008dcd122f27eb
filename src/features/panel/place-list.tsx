import type { Place } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore } from '../../store/store';

const PLACE_ZOOM = 7.5;

/** Places and initiatives the text names in this region; choosing one flies the map there. */
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
              onClick={() => {
                const [lng, lat] = place.coordinates!;
                appStore.getState().flyTo({ lng, lat, zoom: PLACE_ZOOM });
              }}
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
