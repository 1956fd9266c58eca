export { SaveTracker, type SaveState, type ConnectionState } from './save-tracker.js';
