// The phone's bottom sheet: its public API.
export { BottomSheet } from './bottom-sheet';
