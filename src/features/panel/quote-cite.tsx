import type { Model } from '../../data/model';
import type { Speaker } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { p, t, type StringKey } from '../../i18n/strings';

/** The part of the briefing a quote with no speaker comes from, by its paragraph's kind. */
const PART: Partial<Record<string, StringKey>> = {
  'editor-note': 'editorNote',
  intro: 'introduction',
  footnote: 'footnote',
};

/**
 * A speaker's name as shown: in Chinese, a name the briefing prints only in Latin letters
 * (Erik Solheim) is shown beside its Chinese rendering.
 */
export function speakerName(speaker: Speaker, lang: Lang): string {
  const printedLatin = speaker.printedNames.includes(speaker.name.en);
  if (lang === 'zh' && printedLatin && speaker.name.zh !== speaker.name.en)
    return `${speaker.name.zh}${p(lang, 'open')}${speaker.name.en}${p(lang, 'close')}`;
  return speaker.name[lang];
}

/** Who a quote is from: the speaker, or the publisher's editor's note, introduction, footnote. */
export function QuoteCite({
  model,
  lang,
  paragraph,
  speaker,
}: {
  model: Model;
  lang: Lang;
  paragraph: string;
  speaker: string | null;
}) {
  const who = speaker ? model.speaker(speaker) : undefined;
  if (who) {
    return (
      <cite>
        <span className="speaker-name">{speakerName(who, lang)}</span>
        <span className="speaker-title">
          {who.titles.map((x) => x[lang]).join(p(lang, 'semicolon'))}
        </span>
      </cite>
    );
  }
  const kind = model.bundle.source.paragraphs.find((x) => x.id === paragraph)?.kind;
  const part = kind ? PART[kind] : undefined;
  const publisher = (model.corpus?.of(paragraph)?.briefing ?? model.bundle.briefing).publisher[
    lang
  ];
  return (
    <cite>
      <span className="speaker-name">{part ? `${t(lang, part)} · ${publisher}` : publisher}</span>
    </cite>
  );
}
