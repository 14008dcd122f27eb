import { describe, expect, it } from 'vitest';
import { embedUrl, fullAppUrl, iframeSnippet } from './embed';

describe('embed URLs', () => {
  const full = 'https://example.org/map/?renderer=svg#region=jingjinji&lang=en';

  it('adds the embed flag and keeps the rest of the view', () => {
    expect(embedUrl(full)).toBe(
      'https://example.org/map/?renderer=svg&embed=1#region=jingjinji&lang=en',
    );
  });

  it('links back to the same view without the flag', () => {
    expect(fullAppUrl(embedUrl(full))).toBe(full);
  });

  it('writes an iframe with the embed URL, escaped', () => {
    const html = iframeSnippet('https://example.org/?a=1&b=2#link=x', 'A "map"');
    expect(html).toContain('src="https://example.org/?a=1&amp;b=2&amp;embed=1#link=x"');
    expect(html).toContain('title="A &quot;map&quot;"');
    expect(html).toMatch(/^<iframe [^>]+><\/iframe>$/);
  });
});
