// The links feature's public API: the network view (loaded on demand) and the embed mode.
export { NetworkView } from './lazy-network-view';
export { EmbedLink, isEmbed } from './embed-link';
