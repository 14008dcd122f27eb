import type { FileNames, Report } from './check-context.ts';
import type { Bundle } from './schema.ts';

function checkUniqueIds(
  report: Report,
  file: string,
  items: readonly { id: string; path: string }[],
): void {
  const seen = new Map<string, string>();
  for (const { id, path } of items) {
    const first = seen.get(id);
    if (first) report(file, `${path}.id`, `duplicate id "${id}" (first at ${first})`);
    else seen.set(id, path);
  }
}

const at = (base: string) => (item: { id: string }, i: number) => ({
  id: item.id,
  path: `${base}[${i}]`,
});

export function checkIds(b: Bundle, names: FileNames, report: Report): void {
  const { file } = names;
  checkUniqueIds(report, names.regionsFile, b.regions.map(at('$.regions')));
  checkUniqueIds(
    report,
    file('source/paragraphs.json'),
    b.source.paragraphs.map(at('$.paragraphs')),
  );
  const briefingIds = [
    ...b.briefing.sections.map(at('$.sections')),
    ...b.briefing.sections.flatMap((s, i) => s.points.map(at(`$.sections[${i}].points`))),
  ];
  checkUniqueIds(report, file('briefing.json'), briefingIds);
  checkUniqueIds(report, file('briefing.json'), b.briefing.sourceNotes.map(at('$.sourceNotes')));
  checkUniqueIds(report, file('speakers.json'), b.speakers.map(at('$.speakers')));
  checkUniqueIds(report, file('viewpoints.json'), b.viewpoints.map(at('$.viewpoints')));
  checkUniqueIds(report, file('places.json'), b.places.map(at('$.places')));
  checkUniqueIds(report, file('links.json'), b.kinds.map(at('$.kinds')));
  checkUniqueIds(report, file('links.json'), b.links.map(at('$.links')));
  checkUniqueIds(report, file('mentions.json'), b.mentions.map(at('$.mentions')));
  const regionIds = new Set(b.regions.map((r) => r.id));
  b.places.forEach((p, i) => {
    if (regionIds.has(p.id)) {
      report(file('places.json'), `$.places[${i}].id`, `place id "${p.id}" is also a region id`);
    }
  });
}
