// The presenter feature's public API: the deck mode, its button, the notes window and its channel.
export { PresentButton } from './present-button';
export { Presenter, prefetchPresenter } from './lazy-presenter';
export { PresenterNotes } from './lazy-presenter-notes';
export { isPresenterWindow, startPresenterBroadcast } from './presenter-window';
