import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

const text = (en: string) => ({ zh: en, en });

describe('the app store', () => {
  it('shows a message once: the same notice again replaces the older one', () => {
    const s = createAppStore();
    s.getState().notify(text('a'));
    s.getState().notify(text('b'));
    s.getState().notify(text('a'));
    expect(s.getState().notices.map((n) => n.text.en)).toEqual(['b', 'a']);
    expect(new Set(s.getState().notices.map((n) => n.id)).size).toBe(2);
  });

  it('keeps only the latest twenty notices, and a dismissed one goes', () => {
    const s = createAppStore();
    for (let i = 0; i < 25; i++) s.getState().notify(text(`n${i}`));
    const notices = s.getState().notices;
    expect(notices).toHaveLength(20);
    expect(notices[0]!.text.en).toBe('n5');
    s.getState().dismissNotice(notices[0]!.id);
    expect(s.getState().notices.map((n) => n.text.en)).not.toContain('n5');
    expect(s.getState().notices).toHaveLength(19);
  });

  it('a link keeps the region it was chosen in unless given another', () => {
    const s = createAppStore();
    s.getState().selectRegion('jingjinji');
    s.getState().selectLink('jingjinji-ntic-world');
    expect(s.getState().selection).toMatchObject({
      region: 'jingjinji',
      link: 'jingjinji-ntic-world',
    });
    s.getState().selectLink('hubei-hunan-collaboration', 'middle-yangtze');
    expect(s.getState().selection.region).toBe('middle-yangtze');
  });

  it('a new region clears the link, viewpoint and place chosen before', () => {
    const s = createAppStore();
    s.getState().focusPlace('yangtze-delta', 'shanghai');
    s.getState().selectRegion('jingjinji');
    expect(s.getState().selection).toEqual({
      region: 'jingjinji',
      link: null,
      viewpoint: null,
      place: null,
    });
  });

  it('going to a step ends exploring', () => {
    const s = createAppStore({ step: 3 });
    s.getState().setExploring(true);
    s.getState().setStep(3);
    expect(s.getState()).toMatchObject({ step: 3, exploring: false });
  });

  it('two stores share nothing', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().selectRegion('jingjinji');
    a.getState().notify(text('only a'));
    expect(b.getState().selection.region).toBeNull();
    expect(b.getState().notices).toEqual([]);
  });
});
