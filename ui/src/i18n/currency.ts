// The site's currency, for money said the current language's way ("€1,234.50", "1 234,50 €",
// "1,235 ¥"): prices are kept in hundredths of it (custody-api's `_cents` fields) and the site
// chooses it in Settings → Scanning and receipts. A site that has chosen none sees plain numbers.
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useBackend } from "../backend/context";
import { useFormat } from "./I18n";

/** The site's currency (an ISO 4217 code such as `EUR`), or null while none is chosen. */
export function useSiteCurrency(): string | null {
  const backend = useBackend();
  const settings = useQuery({ queryKey: ["site-settings"], queryFn: () => backend.call("site_settings", null) });
  return settings.data?.currency ?? null;
}

/** Says an amount kept in hundredths in the site's currency; `plain(amount)` says it (in units)
 * when the site has chosen no currency. */
export function useMoney(plain: (amount: number) => string): (cents: number) => string {
  const currency = useSiteCurrency();
  const format = useFormat();
  return useCallback((cents: number) => (currency ? format.money(cents, currency) : plain(cents / 100)), [currency, format, plain]);
}
