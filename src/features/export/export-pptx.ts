import type PptxGenJS from 'pptxgenjs';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import type { GeoData } from '../../geo/geo';
import type { GeoView } from '../../geo/view';
import type { Step } from '../../deck/steps';
import { t } from '../../i18n/strings';
import { creditLine, exportSvg } from './export-svg';
import { subjectOfStep } from './map-subject';
import { blobToDataUrl, svgToPng } from './export-png';
import { sourceRef } from './source-ref';

/** The slide's map: its own fitted SVG, rasterised at 1.5× (sharp on a projector). */
const MAP_SIZE = { width: 960, height: 800 };
const MAP_SCALE = 1.5;
// Slide geometry in inches (LAYOUT_WIDE is 13.333 × 7.5).
const MAP_BOX = { x: 0.35, y: 1.35, w: 6.6, h: 5.5 };
const TEXT_BOX = { x: 7.15, y: 1.35, w: 5.85, h: 5.5 };
const FONT = 'Microsoft YaHei';

type Run = PptxGenJS.TextProps;

/** What a step says on its slide: each quote (or mention) and who said it. */
function stepRuns(model: Model, step: Step, lang: Lang): Run[] {
  const language = lang === 'zh' ? 'zh-CN' : 'en-US';
  const runs: Run[] = [];
  const quote = (body: string, who: string | null) => {
    runs.push({ text: body, options: { breakLine: true, lang: language } });
    if (who)
      runs.push({
        text: `—— ${who}`,
        options: { breakLine: true, italic: true, color: '555555', paraSpaceAfter: 8 },
      });
  };
  for (const v of step.viewpoints) {
    const s = model.speaker(v.speaker);
    quote(lang === 'zh' ? v.quote : v.en, s ? s.name[lang] : null);
  }
  for (const m of step.mentions) quote(lang === 'zh' ? m.quote : m.en, t(lang, 'editorNote'));
  if (runs.length === 0) {
    // Title and closing: the briefing and its regions, all from the data.
    const b = model.bundle.briefing;
    const lines =
      step.kind === 'closing'
        ? [
            t(lang, 'regions'),
            ...model.regions.map((r) => `· ${r.name[lang]}：${r.strategy[lang]}`),
          ]
        : [b.publisher[lang], `${b.series[lang]} ${b.issue.year}-${b.issue.number}`, b.date];
    lines.forEach((text, i) =>
      runs.push({ text, options: { breakLine: true, bold: i === 0, paraSpaceAfter: 6 } }),
    );
  }
  return runs;
}

/** A font size that lets the text fill its box without running over: from its length. */
function fontSizeFor(runs: Run[], lang: Lang): number {
  // Each run (a quote or a speaker line) also wastes about half a line at its end.
  const chars = runs.reduce((n, r) => n + (r.text?.length ?? 0) + (lang === 'zh' ? 20 : 40), 0);
  const area = TEXT_BOX.w * TEXT_BOX.h;
  // A CJK character is about one em square, a Latin one half as wide; lines are 1.2 em,
  // and paragraph spacing takes its share (an estimate, kept on the safe side).
  const perChar = lang === 'zh' ? 1.75 : 0.8;
  const size = 72 * Math.sqrt(area / (Math.max(chars, 1) * perChar));
  return Math.max(9, Math.min(18, Math.floor(size)));
}

function stepNotes(model: Model, step: Step, lang: Lang): string {
  const lines = step.viewpoints.map((v) => {
    const s = model.speaker(v.speaker);
    const titles = s?.titles.map((x) => x[lang]).join(lang === 'zh' ? '；' : '; ');
    const who = s
      ? lang === 'zh'
        ? `${s.name.zh}（${titles}）`
        : `${s.name.en} (${titles})`
      : v.speaker;
    const opening = (lang === 'zh' ? v.quote : v.en).slice(0, 24);
    return `“${opening}…” — ${who} — ${sourceRef(model, lang, v.paragraph)}`;
  });
  for (const m of step.mentions)
    lines.push(`${t(lang, 'editorNote')} — ${sourceRef(model, lang, m.paragraph)}`);
  return [
    `${t(lang, 'notesPrefix')}: ${step.heading[lang]}`,
    ...lines,
    creditLine(model, lang),
  ].join('\n');
}

/**
 * One slide per presentation step: the step's map as an image (its own fitted export),
 * its heading and quotes as editable text, its speakers and sources as speaker notes, and
 * the credit. pptxgenjs is loaded here, on first use only; the images are handed to it as
 * data, so it fetches nothing.
 */
export async function exportPptx({
  model,
  view,
  geo,
  steps,
  lang,
}: {
  model: Model;
  view: GeoView;
  geo: GeoData;
  steps: Step[];
  lang: Lang;
}): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = model.bundle.briefing.title[lang];
  pptx.author = model.bundle.briefing.publisher[lang];
  const credit = creditLine(model, lang);
  for (const step of steps) {
    const slide = pptx.addSlide();
    const { svg } = exportSvg({
      model,
      view,
      geo,
      lang,
      subject: subjectOfStep(model, step),
      size: MAP_SIZE,
      credit: false,
    });
    const png = await svgToPng(svg, MAP_SIZE.width, MAP_SIZE.height, MAP_SCALE);
    slide.addImage({ data: await blobToDataUrl(png), ...MAP_BOX, altText: step.heading[lang] });
    if (step.section)
      slide.addText(step.section[lang], {
        x: 0.35,
        y: 0.2,
        w: 12.6,
        h: 0.4,
        fontFace: FONT,
        fontSize: 14,
        color: '555555',
      });
    slide.addText(step.heading[lang], {
      x: 0.35,
      y: 0.6,
      w: 12.6,
      h: 0.7,
      fontFace: FONT,
      fontSize: 26,
      bold: true,
      color: '1A1A1A',
      fit: 'shrink',
    });
    const runs = stepRuns(model, step, lang);
    slide.addText(runs, {
      ...TEXT_BOX,
      fontFace: FONT,
      fontSize: fontSizeFor(runs, lang),
      color: '1A1A1A',
      valign: 'top',
      fit: 'shrink',
    });
    slide.addText(credit, {
      x: 0.35,
      y: 6.98,
      w: 12.6,
      h: 0.4,
      fontFace: FONT,
      fontSize: 9,
      color: '555555',
    });
    slide.addNotes(stepNotes(model, step, lang));
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
