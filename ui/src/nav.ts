// The screens of the app, in the order the sidebar lists them, and where a figure leads.
import type { StockHeld } from "./bindings";

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

/** Where a figure leads: a screen and, for a list, what the list is narrowed to, so that the
 * list shows what the figure counted (the narrowing stays visible and can be removed there). */
export interface Place {
  screen: Screen;
  /** The stock list narrowed to quarantined, suspect or expired stock. */
  held?: StockHeld;
  /** The expiry list's window, in days. */
  within?: number;
  /** The expiry list without the stock already expired (what the "expiring within" tile counts). */
  expiringOnly?: boolean;
  /** Reports opened on the audit extract of this local day (YYYY-MM-DD). */
  auditDay?: string;
}

/** What the stock list shows when narrowed, in a pharmacist's words. */
export const HELD_LABELS: Record<StockHeld, string> = {
  quarantined: "Quarantined stock",
  suspect: "Suspect packs",
  expired: "Expired stock",
};

/** Today's local date as the api writes dates (YYYY-MM-DD). */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
