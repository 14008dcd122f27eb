import {
  checkEnd,
  checkQuote,
  checkRegion,
  type FileNames,
  type Index,
  type Report,
} from './check-context.ts';
import type { Basis, Bundle, Localized } from './schema.ts';

export function checkBriefingRefs(b: Bundle, idx: Index, names: FileNames, report: Report): void {
  const file = names.file('briefing.json');
  const { briefing } = b;
  checkQuote(idx, report, file, '$.editorNote', briefing.editorNote);
  checkQuote(idx, report, file, '$.intro', briefing.intro);
  briefing.sections.forEach((s, i) => {
    checkQuote(idx, report, file, `$.sections[${i}]`, s);
    s.points.forEach((p, j) => {
      p.paragraphs.forEach((id, k) => {
        if (!idx.paragraphs.has(id)) {
          report(
            file,
            `$.sections[${i}].points[${j}].paragraphs[${k}]`,
            `unknown paragraph "${id}"`,
          );
        }
      });
    });
  });
  briefing.sourceNotes.forEach((n, i) => checkQuote(idx, report, file, `$.sourceNotes[${i}]`, n));
}

export function checkViewpoints(b: Bundle, idx: Index, names: FileNames, report: Report): void {
  const file = names.file('viewpoints.json');
  const sectionIds = new Set(b.briefing.sections.map((s) => s.id));
  b.viewpoints.forEach((v, i) => {
    const path = `$.viewpoints[${i}]`;
    if (!idx.speakerIds.has(v.speaker))
      report(file, `${path}.speaker`, `unknown speaker "${v.speaker}"`);
    if (!sectionIds.has(v.section))
      report(file, `${path}.section`, `unknown section "${v.section}"`);
    const point = idx.points.get(v.point);
    if (!point) report(file, `${path}.point`, `unknown point "${v.point}"`);
    else if (point.section !== v.section) {
      report(file, `${path}.point`, `point "${v.point}" is not in section "${v.section}"`);
    } else if (!point.paragraphs.includes(v.paragraph) && idx.paragraphs.has(v.paragraph)) {
      report(file, `${path}.paragraph`, `paragraph ${v.paragraph} is not in point "${v.point}"`);
    }
    checkQuote(idx, report, file, path, v);
    if (v.scope.kind === 'regions') {
      v.scope.regions.forEach((r, k) =>
        checkRegion(idx, report, file, `${path}.scope.regions[${k}]`, r),
      );
    }
  });
}

export function checkPlacesAndLinks(b: Bundle, idx: Index, names: FileNames, report: Report): void {
  const speakersFile = names.file('speakers.json');
  b.speakers.forEach((s, i) =>
    checkRegion(idx, report, speakersFile, `$.speakers[${i}].region`, s.region),
  );

  const placesFile = names.file('places.json');
  b.places.forEach((p, i) => {
    const path = `$.places[${i}]`;
    checkRegion(idx, report, placesFile, `${path}.region`, p.region);
    p.members?.forEach((m, k) => {
      if (!idx.placeIds.has(m)) report(placesFile, `${path}.members[${k}]`, `unknown place "${m}"`);
    });
    checkBasis(report, placesFile, path, p, p.mentions.length, 'mention');
    p.mentions.forEach((m, k) => checkQuote(idx, report, placesFile, `${path}.mentions[${k}]`, m));
  });

  const linksFile = names.file('links.json');
  const kindIds = new Set(b.kinds.map((k) => k.id));
  b.links.forEach((l, i) => {
    const path = `$.links[${i}]`;
    if (!kindIds.has(l.kind)) report(linksFile, `${path}.kind`, `unknown link kind "${l.kind}"`);
    checkEnd(idx, report, linksFile, `${path}.from`, l.from);
    checkEnd(idx, report, linksFile, `${path}.to`, l.to);
    l.via?.forEach((v, k) => {
      if (!idx.placeIds.has(v)) report(linksFile, `${path}.via[${k}]`, `unknown place "${v}"`);
    });
    checkBasis(report, linksFile, path, l, l.evidence.length, 'evidence quote');
    l.evidence.forEach((e, k) => {
      const ePath = `${path}.evidence[${k}]`;
      checkQuote(idx, report, linksFile, ePath, e);
      if (e.speaker !== null && !idx.speakerIds.has(e.speaker)) {
        report(linksFile, `${ePath}.speaker`, `unknown speaker "${e.speaker}"`);
      }
    });
  });

  const mentionsFile = names.file('mentions.json');
  b.mentions.forEach((m, i) => {
    const path = `$.mentions[${i}]`;
    checkQuote(idx, report, mentionsFile, path, m);
    m.subjects.forEach((s, k) => checkEnd(idx, report, mentionsFile, `${path}.subjects[${k}]`, s));
  });
}

/**
 * The basis rule: a `stated` item has at least one verbatim quote (each quote is checked to
 * be an exact substring where it is checked at all); a `background` item names its source.
 */
export function checkBasis(
  report: Report,
  file: string,
  path: string,
  item: { basis: Basis; source?: Localized | undefined },
  quotes: number,
  what: 'evidence quote' | 'mention',
): void {
  if (item.basis === 'stated' && quotes === 0) {
    const list = what === 'mention' ? 'mentions' : 'evidence';
    report(
      file,
      `${path}.${list}`,
      `is stated but has no ${what}: quote where the briefing says it, or mark it "background" with its source`,
    );
  }
  if (item.basis === 'background' && !item.source) {
    report(
      file,
      `${path}.source`,
      'is background but names no source: say where it comes from (zh and en)',
    );
  }
}
