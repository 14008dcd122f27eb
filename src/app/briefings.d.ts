declare module 'virtual:briefings' {
  /**
   * The index of the briefings in data/briefings/, newest first (written by the Vite data
   * plugin): enough for the picker and the tags; each briefing's content is fetched on use.
   */
  const briefings: {
    id: string;
    date: string;
    issue: { year: number; number: number };
    title: { zh: string; en: string };
    counts: { viewpoints: number; links: number };
    /**
     * SHA-256 (hex) of the file the build checked: a download with these bytes is that
     * file, and needs no second check in the browser.
     */
    sha256: string;
  }[];
  export default briefings;
}
