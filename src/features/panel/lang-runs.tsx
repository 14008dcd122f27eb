import { Fragment } from 'react';

// Han characters and CJK punctuation (CJK symbols, full-width forms), with the superscript
// footnote marker that follows them in the source (三地¹).
const CHINESE_RUN = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+¹?)/u;

/** Splits text into Latin and Chinese runs: `[text, isChinese]` pairs, in order. */
export function chineseRuns(text: string): [string, boolean][] {
  return text
    .split(CHINESE_RUN)
    .filter(Boolean)
    .map((run) => [run, CHINESE_RUN.test(run)]);
}

/**
 * English text that quotes Chinese originals (a printed name, a misprint): the Chinese runs
 * are marked `lang="zh"`, so they are read and rendered as Chinese and are known to be
 * originals, not untranslated interface text.
 */
export function WithOriginals({ text }: { text: string }) {
  return (
    <>
      {chineseRuns(text).map(([run, zh], i) =>
        zh ? (
          <span key={i} lang="zh">
            {run}
          </span>
        ) : (
          <Fragment key={i}>{run}</Fragment>
        ),
      )}
    </>
  );
}
