import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../../data/load-briefing';
import { buildModel } from '../../data/model';
import { realDir } from '../../data/test-helpers';
import { presentationSteps, sameMap } from './steps';

const model = buildModel(loadBriefingDir(realDir).bundle!);

describe('presentation steps', () => {
  it('print', () => {
    for (const lang of ['zh', 'en'] as const) {
      const steps = presentationSteps(model, lang);
      steps.forEach((s, i) =>
        console.log(
          lang,
          s.id,
          s.regions.join(','),
          s.speakerRegions,
          s.links.join(','),
          s.viewpoints.length,
          i > 1 && sameMap(s, steps[i - 1]!) ? 'SAME' : '',
        ),
      );
    }
    expect(1).toBe(1);
  });
});
