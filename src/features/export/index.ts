// Export's public API: the menu (its work is loaded on demand).
export { ExportButton } from './export-button';
