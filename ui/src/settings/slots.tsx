// Moved to widgets/rich.tsx (the UI's one helper for messages with elements inside). This file
// stays only until settings/SettingsView.tsx and replenish/ import from there; then delete it.
export { slots } from "../widgets/rich";
