/**
 * Arc kinds differ in colour AND dash AND end marker, so colour is never the only
 * carrier of meaning. A kind's style is picked by its position in the data's kind list.
 */
export type KindStyle = { color: string; dash: string; marker: 'arrow' | 'dot' | 'bar' };

export const KIND_STYLES: KindStyle[] = [
  { color: '#1d3557', dash: '', marker: 'arrow' },
  { color: '#7a1f5c', dash: '9 5', marker: 'dot' },
  { color: '#0b5d3b', dash: '2 4', marker: 'bar' },
  { color: '#8a4b00', dash: '12 4 2 4', marker: 'arrow' },
  { color: '#3d2c8d', dash: '6 3', marker: 'dot' },
  { color: '#5c5c00', dash: '1 3', marker: 'bar' },
  { color: '#8b1a1a', dash: '14 3', marker: 'arrow' },
  { color: '#00577a', dash: '4 2 1 2', marker: 'dot' },
];

export function kindStyle(index: number): KindStyle {
  return KIND_STYLES[index % KIND_STYLES.length]!;
}

export function arcWidth(weight: number): number {
  return 1.5 + Math.min(weight, 4) * 1;
}
