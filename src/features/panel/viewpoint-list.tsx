import { useEffect } from 'react';
import type { Model } from '../../data/model';
import type { Viewpoint } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { QuoteBlock } from './quote-block';
import { BriefingTag } from '../../components/briefing-tag';

/** Viewpoints grouped under the briefing's own sections, in the briefing's order. */
export function ViewpointList({
  model,
  viewpoints,
  lang,
  focus,
}: {
  model: Model;
  viewpoints: Viewpoint[];
  lang: Lang;
  focus: string | null;
}) {
  useEffect(() => {
    if (focus) document.getElementById(focus)?.scrollIntoView({ block: 'center' });
  }, [focus]);
  return (
    <>
      {model.bundle.briefing.sections.map((section) => {
        const items = viewpoints.filter((v) => v.section === section.id);
        if (!items.length) return null;
        return (
          <section key={section.id} className="panel-section">
            <h3>
              <BriefingTag model={model} id={section.id} lang={lang} />
              {section.heading[lang]}
            </h3>
            {items.map((v) => {
              const point = section.points.find((p) => p.id === v.point);
              return (
                <div key={v.id}>
                  {point && <p className="point-heading">{point.heading[lang]}</p>}
                  <QuoteBlock
                    model={model}
                    lang={lang}
                    quote={v.quote}
                    en={v.en}
                    paragraph={v.paragraph}
                    speaker={v.speaker}
                    highlighted={v.id === focus}
                    anchor={v.id}
                  />
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
