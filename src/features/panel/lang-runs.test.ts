import { describe, expect, it } from 'vitest';
import { chineseRuns } from './lang-runs';

describe('chineseRuns', () => {
  it('finds the Chinese originals quoted in English text', () => {
    expect(chineseRuns('Printed here as 王芾祥: this is Wang Jixiang (王茤祥).')).toEqual([
      ['Printed here as ', false],
      ['王芾祥', true],
      [': this is Wang Jixiang (', false],
      ['王茤祥', true],
      [').', false],
    ]);
  });

  it('counts full-width punctuation and a footnote marker as part of the original', () => {
    expect(chineseRuns('full-width ones (，) and “三地¹”')).toEqual([
      ['full-width ones (', false],
      ['，', true],
      [') and “', false],
      ['三地¹', true],
      ['”', false],
    ]);
  });
});
