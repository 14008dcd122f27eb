import type { FileNames, Report } from './check-context.ts';
import type { Bundle } from './schema.ts';

/** Every point paragraph is quoted by a viewpoint; every region is spoken or written about. */
export function checkCoverage(b: Bundle, names: FileNames, report: Report): void {
  const cited = new Set(b.viewpoints.map((v) => v.paragraph));
  b.source.paragraphs.forEach((p, i) => {
    if (p.kind === 'point' && !cited.has(p.id)) {
      report(
        names.file('source/paragraphs.json'),
        `$.paragraphs[${i}]`,
        `point paragraph ${p.id} is cited by no viewpoint`,
      );
    }
  });

  const covered = new Set<string>();
  for (const v of b.viewpoints)
    if (v.scope.kind === 'regions') v.scope.regions.forEach((r) => covered.add(r));
  for (const m of b.mentions) m.subjects.forEach((s) => covered.add(s));
  // `noSpeaker` is what the panel says about a region ("no speaker addressed it"): it must be
  // true exactly for the regions no viewpoint is scoped to.
  const spoken = new Set<string>();
  for (const v of b.viewpoints)
    if (v.scope.kind === 'regions') v.scope.regions.forEach((r) => spoken.add(r));
  const regionIds = new Set(b.regions.map((r) => r.id));
  b.mentions.forEach((m, i) => {
    const wrong = m.subjects.filter((s) => regionIds.has(s) && spoken.has(s) === m.noSpeaker);
    if (wrong.length) {
      const says = m.noSpeaker ? 'no speaker addresses' : 'a speaker addresses';
      report(
        names.file('mentions.json'),
        `$.mentions[${i}].noSpeaker`,
        `says ${says} ${wrong.map((w) => `"${w}"`).join(', ')}, but ${m.noSpeaker ? 'a viewpoint is' : 'no viewpoint is'} scoped to it: split the mention or fix the flag`,
      );
    }
  });

  b.regions.forEach((r) => {
    if (!covered.has(r.id)) {
      report(
        names.file('mentions.json'),
        '$.mentions',
        `region "${r.id}" has no viewpoint scoped to it and no editorial mention`,
      );
    }
  });
}

/** Each paragraph is its source lines joined verbatim, and no printed line is left out. */
export function checkSourceLines(b: Bundle, sourceText: string, names: FileNames, report: Report) {
  const file = names.file('source/paragraphs.json');
  const lines = sourceText.split(/\r?\n/);
  const used = new Set<number>();
  b.source.paragraphs.forEach((p, i) => {
    p.lines.forEach((n) => used.add(n));
    const printed = p.lines.map((n) => lines[n - 1]);
    if (printed.some((l) => l === undefined)) {
      report(file, `$.paragraphs[${i}].lines`, `the source has only ${lines.length} lines`);
    } else if (printed.join('') !== p.text) {
      report(file, `$.paragraphs[${i}].text`, `differs from source lines ${p.lines.join(', ')}`);
    }
  });
  lines.forEach((line, i) => {
    if (line.trim() && !used.has(i + 1)) {
      report(file, '$.paragraphs', `source line ${i + 1} is in no paragraph`);
    }
  });
}
