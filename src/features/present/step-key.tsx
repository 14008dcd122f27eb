import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { KindSwatch } from '../../components/kind-swatch';
import type { Step } from '../../deck/steps';
import './step-key.css';

/** The kinds of link a step draws, in the legend's order: the projector's whole key. */
export function kindsOfStep(model: Model, step: Step): { id: string; index: number }[] {
  const used = new Set(step.links.map((id) => model.link(id)?.kind));
  return model.bundle.kinds.map((k, index) => ({ id: k.id, index })).filter((k) => used.has(k.id));
}

/**
 * A compact key over the map: only the link kinds shown in this step, and why a region is
 * lit when it is the speaker's rather than the subject of the quote.
 */
export function StepKey({ model, step, lang }: { model: Model; step: Step; lang: Lang }) {
  const kinds = kindsOfStep(model, step);
  if (!kinds.length && !step.speakerRegions.length) return null;
  return (
    <aside className="step-key" data-map-obstacle aria-label={t(lang, 'linkKinds')}>
      <ul>
        {kinds.map((k) => (
          <li key={k.id} data-kind={k.id}>
            <KindSwatch index={k.index} width={36} />
            {model.bundle.kinds[k.index]!.label[lang]}
          </li>
        ))}
        {step.speakerRegions.length > 0 && (
          <li className="speaker-region">
            {step.speakerRegions
              .map((id) => model.region(id)?.name[lang])
              .join(lang === 'zh' ? '、' : ', ')}
            {lang === 'zh' ? '：' : ': '}
            {t(lang, 'speakerRegion')}
          </li>
        )}
      </ul>
    </aside>
  );
}
