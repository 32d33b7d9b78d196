// The unit cost typed on the Receive screen: an amount in the site's currency, written with a
// point or a comma before its decimals and no more decimals than the currency has, sent to
// custody-api in hundredths (every amount is). Remembered per product (GTIN) for the session, so
// a delivery that mixes products keeps each one's cost; custody-api gives a product its own and
// every other product the amount typed (docs/decisions/2026-12-02-prices-at-receipt.md).
import { currencyDecimals } from "../i18n/decimals";

/** The typed amount in hundredths; null when nothing is typed; "invalid" when it is not an
 * amount in `currency` (none chosen: two decimals). In a three-decimal currency the third must
 * be 0, since amounts are kept in hundredths. */
export function parseUnitCost(text: string, currency: string | null): number | null | "invalid" {
  const typed = text.trim();
  if (!typed) return null;
  const match = /^(\d{1,8})(?:[.,](\d+))?$/.exec(typed);
  if (!match) return "invalid";
  const [, whole, decimals = ""] = match;
  const allowed = currency ? currencyDecimals(currency) : 2;
  if (decimals.length > allowed) return "invalid";
  if (decimals.length === 3 && !decimals.endsWith("0")) return "invalid";
  const hundredths = decimals.slice(0, 2).padEnd(2, "0");
  return Number(whole) * 100 + Number(hundredths);
}

/** The unit costs remembered in a session: a product's own, by GTIN. */
export type RememberedCosts = ReadonlyMap<string, number>;

/** What a receipt sends: the typed amount for whatever is scanned, and each remembered product's
 * own (left out when there is none), unless the amount was just typed: then it is meant for the
 * next scan, whatever it is. */
export function costsToSend(typed: number | null, remembered: RememberedCosts, justTyped: boolean): { unit_cost_cents: number | null; unit_costs?: { gtin: string; unit_cost_cents: number }[] } {
  const own = justTyped ? [] : [...remembered].map(([gtin, unit_cost_cents]) => ({ gtin, unit_cost_cents }));
  return own.length ? { unit_cost_cents: typed, unit_costs: own } : { unit_cost_cents: typed };
}

/** The costs remembered once a receipt of `gtin` is recorded: the amount it was sent with is
 * its own from now on, unless it was sent with its own already. */
export function remember(remembered: RememberedCosts, gtin: string, sent: { unit_cost_cents: number | null; unit_costs?: { gtin: string }[] }): RememberedCosts {
  if (sent.unit_cost_cents === null || sent.unit_costs?.some((c) => c.gtin === gtin)) return remembered;
  const next = new Map(remembered);
  next.set(gtin, sent.unit_cost_cents);
  return next;
}
