import type { Localized } from '../data/schema';

/**
 * The text column at the binding projector size, 1024×768 (presenter.css, `.app[data-presenting]`):
 * 40 % of the width less its padding, the height left by the step bar (699 px, less a margin).
 * Sizes in CSS pixels; keep them in step with the CSS (the e2e deck spec measures the real
 * thing at every size and fails when a step overflows).
 */
export const PROJECTOR = {
  width: 366,
  height: 690,
  lineHeight: 1.5,
  headingLineHeight: 1.3,
  headingGap: 12,
  small: 16,
  smallLineHeight: 1.4,
  /** The quote's left rule and padding. */
  quoteIndent: 19,
  quoteGap: 16,
  /** Chinese is set larger than English: its glyphs are denser, its quotes shorter. */
  zh: { quote: 22, heading: 28 },
  en: { quote: 18, heading: 24 },
  /** The heading of a point's second and later parts is set smaller. */
  continuedHeading: 20,
} as const;

/** Width of a run of text in ems: CJK and full-width forms 1 em, Latin about 0.5 em. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5;
  return ems;
}

/** Lines a text takes in a box `width` px wide at `font` px; 7 % lost to word wrapping. */
export function lineCount(text: string, font: number, width: number): number {
  if (!text) return 0;
  return Math.ceil((textEms(text) * font) / (width * 0.93));
}

function block(text: string, font: number, lineHeight: number, width: number): number {
  return lineCount(text, font, width) * font * lineHeight;
}

export type QuoteText = { text: string; caption: string };

/** Estimated height of a point step's text at 1024×768, in one language. */
export function stepHeight(
  frame: { heading: Localized; section: Localized | null },
  quotes: QuoteText[],
  lang: 'zh' | 'en',
  part: 'whole' | 'first' | 'continued' = 'whole',
): number {
  const p = PROJECTOR;
  const section = frame.section ? `${frame.section[lang]}${part === 'whole' ? '' : ' 1/2'}` : '';
  let h = block(section, p.small, p.smallLineHeight, p.width);
  const heading = part === 'continued' ? p.continuedHeading : p[lang].heading;
  h += block(frame.heading[lang], heading, p.headingLineHeight, p.width) + p.headingGap;
  const inner = p.width - p.quoteIndent;
  const font = p[lang].quote;
  for (const q of quotes) {
    h += block(q.text, font, p.lineHeight, inner);
    h += 4 + block(q.caption, p.small, p.smallLineHeight, inner) + p.quoteGap;
  }
  return h;
}
