// The Receive screen's unit cost: read in the site's currency, sent in hundredths, remembered
// per product for the session.
import { describe, expect, it } from "vitest";
import { costsToSend, parseUnitCost, remember } from "./unitCost";

describe("the unit cost typed on receipt", () => {
  it("is read in the site currency's decimals and sent in hundredths", () => {
    expect(parseUnitCost("4.60", "EUR")).toBe(460);
    expect(parseUnitCost("4,6", "EUR"), "a comma is a decimal separator too").toBe(460);
    expect(parseUnitCost(" ", "EUR")).toBe(null);
    expect(parseUnitCost("4.605", "EUR"), "euros have two decimals").toBe("invalid");
    expect(parseUnitCost("1250", "JPY")).toBe(125000);
    expect(parseUnitCost("12.5", "JPY"), "yen have none").toBe("invalid");
    expect(parseUnitCost("1.230", "KWD"), "a dinar's third decimal 0 is kept").toBe(123);
    expect(parseUnitCost("1.235", "KWD"), "amounts are kept in hundredths").toBe("invalid");
    expect(parseUnitCost("-1", "EUR")).toBe("invalid");
    expect(parseUnitCost("4.60", null), "no currency chosen: two decimals").toBe(460);
  });

  it("is remembered per product once a receipt is recorded, and a new amount is for the next scan", () => {
    const none = new Map<string, number>();
    const sent = costsToSend(460, none, true);
    expect(sent, "nothing remembered: no list is sent").toEqual({ unit_cost_cents: 460 });
    const amox = remember(none, "09506000134352", sent);
    expect([...amox]).toEqual([["09506000134352", 460]]);
    expect(costsToSend(35, amox, false), "a remembered product keeps its own; others take the amount").toEqual({
      unit_cost_cents: 35,
      unit_costs: [{ gtin: "09506000134352", unit_cost_cents: 460 }],
    });
    expect(costsToSend(470, amox, true), "an amount just typed is for the next scan, whatever it is").toEqual({ unit_cost_cents: 470 });
    expect(remember(amox, "09506000134352", costsToSend(35, amox, false)), "sent with its own: unchanged").toBe(amox);
  });
});
