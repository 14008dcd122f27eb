// Search's public API.
export { SearchBox } from './search-box';
