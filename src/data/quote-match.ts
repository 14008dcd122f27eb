/** How a quote sits in its paragraph: verbatim, only after normalising punctuation, or not at all. */
export type QuoteMatch = 'exact' | 'normalised' | 'missing';

const lookalikes: Record<string, string> = {
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '。': '.',
  '、': ',',
  '—': '-',
  '–': '-',
};

/**
 * Folds full-width forms to half-width and drops whitespace. The source mixes "," and "，"
 * and prints OCR spaces beside Latin letters and digits, so an editor's quote that differs
 * only there is a near miss worth naming, never a match.
 */
export function normalisePunctuation(text: string): string {
  let out = '';
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else out += lookalikes[char] ?? char;
  }
  return out;
}

export function matchQuote(text: string, quote: string): QuoteMatch {
  if (text.includes(quote)) return 'exact';
  const folded = normalisePunctuation(quote);
  if (folded && normalisePunctuation(text).includes(folded)) return 'normalised';
  return 'missing';
}
