import { useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { fullAppUrl } from './embed';
import './embed.css';

export { isEmbed } from './embed';

/** In embed mode, in place of the header: the way back to the full app, same view. */
export function EmbedLink() {
  const lang = useAppStore((s) => s.lang);
  // Rendered again with each selection, so the link carries the view as it is now.
  useAppStore((s) => s.selection);
  return (
    <a className="embed-full-link" href={fullAppUrl()} target="_blank" rel="noopener">
      {t(lang, 'openFullMap')} ↗
    </a>
  );
}
