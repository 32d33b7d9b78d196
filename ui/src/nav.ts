// The screens of the app, in the order the sidebar lists them.
export type Screen = "home" | "scan" | "stock" | "unit" | "recalls" | "reports";

export const SCREENS: Array<{ id: Screen; label: string; key: string }> = [
  { id: "home", label: "Home", key: "1" },
  { id: "scan", label: "Scan", key: "2" },
  { id: "stock", label: "Stock", key: "3" },
  { id: "unit", label: "Unit history", key: "4" },
  { id: "recalls", label: "Recalls", key: "5" },
  { id: "reports", label: "Reports", key: "6" },
];
