import type { Basis } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';

/** "简报原文" / "背景资料": whether the briefing states it or it is drawn from background. */
export function BasisBadge({ basis, lang }: { basis: Basis; lang: Lang }) {
  return (
    <span className={`basis-badge ${basis}`} data-basis={basis}>
      {t(lang, basis)}
    </span>
  );
}
