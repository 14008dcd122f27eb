import type { Model } from '../../data/model';
import type { EditorialMention, Localized, Viewpoint } from '../../data/schema';

export type Step = {
  id: string;
  kind: 'title' | 'editor-note' | 'point' | 'closing';
  heading: Localized;
  /** The section a point belongs to, shown above its heading. */
  section: Localized | null;
  regions: string[];
  viewpoints: Viewpoint[];
  mentions: EditorialMention[];
  links: string[];
};

/**
 * The presentation walks the briefing's own structure: title, editor's note, each
 * numbered point of each section, closing. Derived from the data, so a new briefing
 * brings its own steps.
 */
export function presentationSteps(model: Model): Step[] {
  const { briefing, mentions, links, viewpoints } = model.bundle;
  const allRegions = model.regions.map((r) => r.id);
  const regionIds = new Set(allRegions);
  const steps: Step[] = [
    {
      id: 'title',
      kind: 'title',
      heading: briefing.title,
      section: briefing.subtitle,
      regions: allRegions,
      viewpoints: [],
      mentions: [],
      links: [],
    },
  ];
  const noteMentions = mentions.filter((m) => m.paragraph === briefing.editorNote.paragraph);
  steps.push({
    id: 'editor-note',
    kind: 'editor-note',
    heading: { zh: '编者按', en: 'Editor’s note' },
    section: null,
    regions: [...new Set(noteMentions.flatMap((m) => m.subjects).filter((s) => regionIds.has(s)))],
    viewpoints: [],
    mentions: noteMentions,
    links: [],
  });
  for (const section of briefing.sections) {
    for (const point of section.points) {
      const vps = viewpoints.filter((v) => v.point === point.id);
      const paragraphs = new Set(point.paragraphs);
      steps.push({
        id: point.id,
        kind: 'point',
        heading: point.heading,
        section: section.heading,
        regions: [
          ...new Set(vps.flatMap((v) => (v.scope.kind === 'regions' ? v.scope.regions : []))),
        ],
        viewpoints: vps,
        mentions: [],
        links: links
          .filter((l) => l.evidence.some((e) => paragraphs.has(e.paragraph)))
          .map((l) => l.id),
      });
    }
  }
  steps.push({
    id: 'closing',
    kind: 'closing',
    heading: { zh: '谢谢', en: 'Thank you' },
    section: briefing.title,
    regions: allRegions,
    viewpoints: [],
    mentions: [],
    links: links.map((l) => l.id),
  });
  return steps;
}
