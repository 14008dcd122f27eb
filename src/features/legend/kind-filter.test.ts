import { describe, expect, it } from 'vitest';
import { toggleKind } from './kind-filter';

describe('toggleKind', () => {
  const all = ['a', 'b', 'c'];

  it('hides one kind out of all', () => {
    expect(toggleKind(all, null, 'b')).toEqual(['a', 'c']);
  });

  it('shows it again, in the data’s order', () => {
    expect(toggleKind(all, ['c'], 'a')).toEqual(['a', 'c']);
  });

  it('is no filter once every kind is shown again', () => {
    expect(toggleKind(all, ['a', 'c'], 'b')).toBeNull();
  });

  it('can hide the last kind: nothing shown', () => {
    expect(toggleKind(all, ['a'], 'a')).toEqual([]);
  });
});
