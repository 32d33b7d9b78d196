// The screens of the app, in the order the sidebar lists them, and where a figure leads.
import type { StockHeld } from "./bindings";

export type Screen = "home" | "scan" | "stock" | "unit" | "shortages" | "expiry" | "replenish" | "counts" | "recalls" | "reports" | "settings" | "insights" | "verification";

/** Each screen's label is a key of the `app` catalogue, said where the sidebar shows it. */
export const SCREENS: Array<{ id: Screen; label: string; key: string }> = [
  { id: "home", label: "app.nav.home", key: "1" },
  { id: "scan", label: "app.nav.scan", key: "2" },
  { id: "stock", label: "app.nav.stock", key: "3" },
  { id: "unit", label: "app.nav.unit", key: "4" },
  { id: "shortages", label: "app.nav.shortages", key: "5" },
  { id: "expiry", label: "app.nav.expiry", key: "6" },
  // Alt+R: the number keys are all taken.
  { id: "replenish", label: "app.nav.replenish", key: "r" },
  { id: "counts", label: "app.nav.counts", key: "7" },
  { id: "recalls", label: "app.nav.recalls", key: "8" },
  { id: "reports", label: "app.nav.reports", key: "9" },
  { id: "settings", label: "app.nav.settings", key: "0" },
  // Alt+I. Last, so that the screens before it keep their places in the sidebar.
  { id: "insights", label: "app.nav.insights", key: "i" },
  // Alt+V: national verification's queue, after the screens that were there before it.
  { id: "verification", label: "app.nav.verification", key: "v" },
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
  /** The unit history opened on this pack. */
  pack?: { gtin: string; serial: string };
}

/** What the stock list shows when narrowed, in a pharmacist's words (keys of the `app`
 * catalogue, said with `t()`). */
export const HELD_LABELS: Record<StockHeld, string> = {
  quarantined: "app.held.quarantined",
  suspect: "app.held.suspect",
  expired: "app.held.expired",
};

/** Today's local date as the api writes dates (YYYY-MM-DD). */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
