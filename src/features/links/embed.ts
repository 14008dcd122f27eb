/**
 * Embed mode (`?embed=1`, a query flag like `?renderer=svg`): the map without the header,
 * for an `<iframe>` on another page. The hash keeps the state, as in the full app.
 */
export function isEmbed(): boolean {
  return new URLSearchParams(location.search).get('embed') === '1';
}

function withEmbed(href: string, embed: boolean): string {
  const url = new URL(href);
  if (embed) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.href;
}

/** The same view in the full app. */
export function fullAppUrl(href = location.href): string {
  return withEmbed(href, false);
}

export function embedUrl(href = location.href): string {
  return withEmbed(href, true);
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` a reader pastes into a page to show this view. */
export function iframeSnippet(href: string, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl(href))}" title="${escapeAttr(title)}" width="960" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
