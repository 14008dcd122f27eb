import type { Arc } from './arc-model';

/** An arc for tests: a plain link from a to b, with `fields` over it. */
export const testArc = (id: string, fields: Partial<Arc> = {}): Arc => ({
  id,
  fromId: 'a',
  toId: 'b',
  from: [110, 30],
  to: [112, 28],
  path: null,
  kind: 'k',
  kindIndex: 0,
  directed: false,
  far: null,
  fromName: 'a',
  toName: 'b',
  weight: 1,
  intra: false,
  region: null,
  active: false,
  focused: false,
  selected: false,
  label: id,
  ...fields,
});
