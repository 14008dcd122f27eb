import { textWidth } from './visibility';

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** The CSS font shorthand an element's text is drawn in. */
export function fontOf(el: Element): { font: string; size: number } {
  const style = getComputedStyle(el);
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    size: parseFloat(style.fontSize),
  };
}

/**
 * A label's width as drawn: its text measured in `font` on a canvas (once per text and
 * font), plus `halo` (the stroke around it, both sides). The estimate (`textWidth`) where
 * no canvas can measure or no font is known: a long English name, in bold the more, is
 * wider than it says (a place's name had run 12 px under a chip beside it).
 */
export function drawnWidth(text: string, font: string | null, size: number, halo: number): number {
  if (!font) return textWidth(text, size);
  const key = `${font}|${halo}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return textWidth(text, size);
    context.font = font;
    width = context.measureText(text).width + halo;
    widths.set(key, width);
  }
  return width;
}
