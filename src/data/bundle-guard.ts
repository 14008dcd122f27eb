import * as z from 'zod/mini';

/**
 * The browser's check of the served bundle. The build has already validated every field
 * with the full schemas (schema.ts); this cheap check (zod/mini, a few KB instead of the
 * ~25 KB gzip of full zod on the first view's critical path) catches a truncated, stale
 * or foreign file before it reaches the screen, naming the field that is wrong.
 */
const text = z.string().check(z.minLength(1));
const localized = z.object({ zh: text, en: text });
const id = text;

export const bundleGuard = z.object({
  regions: z.array(z.object({ id, name: localized, strategy: localized })).check(z.minLength(1)),
  source: z.object({ paragraphs: z.array(z.object({ id, text })) }),
  briefing: z.object({
    id,
    title: localized,
    subtitle: localized,
    publisher: localized,
    series: localized,
    date: text,
    editors: z.array(localized),
    editorNote: z.object({ paragraph: id }),
    sections: z.array(
      z.object({ id, heading: localized, points: z.array(z.object({ id, heading: localized })) }),
    ),
  }),
  speakers: z.array(
    z.object({ id, name: localized, titles: z.array(localized), printedNames: z.array(text) }),
  ),
  viewpoints: z.array(
    z.object({
      id,
      speaker: id,
      section: id,
      point: id,
      paragraph: id,
      quote: text,
      en: text,
      scope: z.object({ kind: text }),
    }),
  ),
  places: z.array(
    z.object({
      id,
      name: localized,
      kind: text,
      coordinates: z.nullable(z.tuple([z.number(), z.number()])),
    }),
  ),
  kinds: z.array(z.object({ id, label: localized })),
  links: z.array(
    z.object({
      id,
      from: id,
      to: id,
      kind: id,
      directed: z.boolean(),
      label: localized,
      via: z.optional(z.array(id)),
      basis: z.enum(['stated', 'background']),
      evidence: z.array(
        z.object({ paragraph: id, quote: text, en: text, speaker: z.nullable(id) }),
      ),
    }),
  ),
  mentions: z.array(z.object({ id, paragraph: id, quote: text, en: text, subjects: z.array(id) })),
});

export function guardProblems(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `$.${i.path.join('.')}: ${i.message}`)
    .join('\n');
}
