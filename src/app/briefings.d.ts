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
  }[];
  export default briefings;
}
