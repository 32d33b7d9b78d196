// Money in the site's currency: the currency the site chose in Settings, written as the person's
// language writes it; plain numbers with two places while the site has chosen none.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Backend } from "../backend/backend";
import type { SiteSettings } from "../bindings";
import { renderWith } from "../test/render";
import { useMoney } from "./currency";
import { I18nProvider } from "./I18n";
import type { Lang } from "./lang";

/** A backend that answers only `site_settings`, with the site's currency `currency`. */
function siteIn(currency: string | null): Backend {
  const settings: SiteSettings = {
    scanner: { gs_substitutes: [], ignore_leading_gs: false, accept_gs1_in_plain_symbol: false },
    alert_windows: [30, 60, 90],
    short_dated_days: 90,
    price_tolerance_percent: 5,
    ...(currency ? { currency } : {}),
  };
  const call = (op: string) => (op === "site_settings" ? Promise.resolve(settings) : Promise.reject(new Error(`not asked: ${op}`)));
  return { call } as unknown as Backend;
}

const plain = (amount: number) => amount.toFixed(2);

function Amount({ cents }: { cents: number }) {
  const money = useMoney(plain);
  return <output aria-label="amount">{money(cents)}</output>;
}

async function said(currency: string | null, lang: Lang, cents: number): Promise<string> {
  const { unmount } = renderWith(
    siteIn(currency),
    <I18nProvider lang={lang}>
      <Amount cents={cents} />
    </I18nProvider>,
  );
  // The settings arrive after the first render: wait for the currency (or the plain number).
  const expected = currency ? /[^\d.,\s]/ : /^\d/;
  const out = await screen.findByLabelText("amount");
  await expect.poll(() => out.textContent ?? "").toMatch(expected);
  const text = (out.textContent ?? "").replace(/\s/g, " ");
  unmount();
  return text;
}

describe("money in the site's currency", () => {
  it("is written the language's way with the currency's sign and decimals", async () => {
    expect(await said("EUR", "en", 123450)).toBe("€1,234.50");
    expect(await said("EUR", "fr", 123450)).toBe("1 234,50 €");
    expect(await said("JPY", "en", 123450)).toBe("¥1,235");
    expect(await said("USD", "ar", 123450)).not.toMatch(/[٠-٩]/);
    expect(await said("IQD", "en", 123450), "ISO's three decimals, as the reports write it").toBe("IQD 1,234.500");
    expect(await said("PKR", "en", 123456)).toMatch(/1,234\.56$/);
  });

  it("is a plain number while the site has chosen no currency", async () => {
    expect(await said(null, "en", 123450)).toBe("1234.50");
  });
});
