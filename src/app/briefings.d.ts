declare module 'virtual:briefings' {
  /** The briefings in data/briefings/, newest first (written by the Vite data plugin). */
  const briefings: { id: string; date: string; title: { zh: string; en: string } }[];
  export default briefings;
}
