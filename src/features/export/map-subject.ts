import { endpointLocation, type Model } from '../../data/model';
import type { GeoView } from '../../geo/view';
import { boxesBounds, type Bounds } from '../../geo/projection';
import { regionLabelPoints } from '../../geo/map-layers';
import type { Step } from '../../deck/steps';

/**
 * What an exported or printed map shows: which regions stand out, which links are drawn,
 * and whether the frame is the whole of China.
 */
export type MapSubject = {
  /** Regions drawn at full strength; the others are dimmed. Empty: none dimmed. */
  highlight: string[];
  links: string[];
  /** Fit the whole of China rather than the highlighted regions and the links' ends. */
  whole: boolean;
};

export function subjectOfSelection(
  model: Model,
  selection: { region: string | null; link: string | null },
): MapSubject {
  if (selection.link && model.link(selection.link)) {
    const link = model.link(selection.link)!;
    const ends = [model.regionOf(link.from), model.regionOf(link.to)];
    return {
      highlight: [...new Set(ends.filter((r): r is string => r !== null))],
      links: [link.id],
      whole: false,
    };
  }
  if (selection.region && model.region(selection.region))
    return {
      highlight: [selection.region],
      links: model.linksOfRegion(selection.region).map((l) => l.id),
      whole: false,
    };
  return { highlight: [], links: model.bundle.links.map((l) => l.id), whole: true };
}

export function subjectOfStep(model: Model, step: Step): MapSubject {
  const all = step.regions.length === 0 || step.regions.length === model.regions.length;
  return {
    highlight: all ? [] : step.regions,
    links: step.links,
    whole: all && step.links.length === 0,
  };
}

/** The frame: the highlighted regions and both ends of every link, or the whole of China. */
/** Degrees around China's bounds within which a link's end still counts as near. */
const NEAR = 3;

export function subjectBounds(model: Model, geo: GeoView, subject: MapSubject): Bounds {
  const china = boxesBounds([geo.china]);
  if (subject.whole) return china;
  // A far end (an international partner) is not worth shrinking China for: the export
  // points toward it from the edge instead, as the screen does.
  const near = ([lng, lat]: [number, number]) =>
    lng >= china[0][0] - NEAR &&
    lng <= china[1][0] + NEAR &&
    lat >= china[0][1] - NEAR &&
    lat <= china[1][1] + NEAR;
  const labels = regionLabelPoints(geo);
  const boxes = geo.regions.filter((r) => subject.highlight.includes(r.id)).map((r) => r.bbox);
  const ends = subject.links.flatMap((id) => {
    const link = model.link(id);
    if (!link) return [];
    return [link.from, link.to].flatMap((end) => {
      const at = endpointLocation(model, labels, end);
      return at && near(at) ? [at] : [];
    });
  });
  if (boxes.length === 0 && ends.length === 0) return china;
  return boxesBounds(boxes, ends);
}
