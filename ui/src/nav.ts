// The screens of the app, in the order the sidebar lists them.
export type Screen = "home" | "scan" | "stock" | "unit" | "shortages" | "expiry" | "replenish" | "counts" | "recalls" | "reports" | "settings";

export const SCREENS: Array<{ id: Screen; label: string; key: string }> = [
  { id: "home", label: "Home", key: "1" },
  { id: "scan", label: "Scan", key: "2" },
  { id: "stock", label: "Stock", key: "3" },
  { id: "unit", label: "Unit history", key: "4" },
  { id: "shortages", label: "Shortages", key: "5" },
  { id: "expiry", label: "Expiry", key: "6" },
  // Alt+R: the number keys are all taken.
  { id: "replenish", label: "Replenish", key: "r" },
  { id: "counts", label: "Counts", key: "7" },
  { id: "recalls", label: "Recalls", key: "8" },
  { id: "reports", label: "Reports", key: "9" },
  { id: "settings", label: "Settings", key: "0" },
];
