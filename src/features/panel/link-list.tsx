import type { Model } from '../../data/model';
import { endpointName } from '../../data/model';
import type { Link } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore, useAppStore } from '../../store/store';
import { kindStyle } from '../arcs/arc-styles';

/** The region's links as a list: the keyboard and screen-reader twin of the arcs. */
export function LinkList({ model, links, lang }: { model: Model; links: Link[]; lang: Lang }) {
  const hovered = useAppStore((s) => s.hover.link);
  const kinds = model.bundle.kinds.map((k) => k.id);
  return (
    <ul className="link-list">
      {links.map((link) => {
        const style = kindStyle(Math.max(0, kinds.indexOf(link.kind)));
        return (
          <li key={link.id} className={hovered === link.id ? 'hovered' : undefined}>
            <button
              type="button"
              className="link-item"
              data-link={link.id}
              onClick={() => appStore.getState().selectLink(link.id)}
              onPointerEnter={() => appStore.getState().setHover({ link: link.id })}
              onPointerLeave={() => appStore.getState().setHover({ link: null })}
              onFocus={() => appStore.getState().setHover({ link: link.id })}
              onBlur={() => appStore.getState().setHover({ link: null })}
            >
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="27"
                  y2="5"
                  stroke={style.color}
                  strokeWidth="3"
                  strokeDasharray={style.dash || undefined}
                />
              </svg>
              <span>
                {endpointName(model, link.from, lang)} {link.directed ? '→' : '↔'}{' '}
                {endpointName(model, link.to, lang)}
              </span>
              <span className="link-label">{link.label[lang]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
