import type { Model } from '../../data/model';
import { linkEnds } from '../../data/model';
import type { Link } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { appStore, useAppStore } from '../../store/store';
import { KindSwatch } from '../../components/kind-swatch';
import { BasisBadge } from './basis-badge';
import { BriefingTag } from '../../components/briefing-tag';

/** The region's links as a list: the keyboard and screen-reader twin of the arcs. */
export function LinkList({ model, links, lang }: { model: Model; links: Link[]; lang: Lang }) {
  const hovered = useAppStore((s) => s.hover.link);
  const kinds = model.bundle.kinds.map((k) => k.id);
  return (
    <ul className="link-list">
      {links.map((link) => {
        return (
          <li key={link.id} className={hovered === link.id ? 'hovered' : undefined}>
            <button
              type="button"
              className="link-item"
              data-link={link.id}
              data-basis={link.basis}
              onClick={() => appStore.getState().selectLink(link.id)}
              onPointerEnter={() => appStore.getState().setHover({ link: link.id })}
              onPointerLeave={() => appStore.getState().setHover({ link: null })}
              onFocus={() => appStore.getState().setHover({ link: link.id })}
              onBlur={() => appStore.getState().setHover({ link: null })}
            >
              <KindSwatch index={Math.max(0, kinds.indexOf(link.kind))} width={28} />
              <span>
                <BriefingTag model={model} id={link.id} lang={lang} />
                {linkEnds(model, link, lang)}
              </span>
              <span className="link-label">
                <BasisBadge basis={link.basis} lang={lang} /> {link.label[lang]}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
