// When the scan screen asks "the same pack again, or a second pack?" before sending a code.
import { describe, expect, it } from "vitest";
import type { Verdict } from "../bindings";
import { DOUBLE_READ_MS, asksIfSamePack } from "./repeat";
import type { SessionScan } from "./VerdictPanel";

const recorded = (serial: string | null): Verdict => ({
  verdict: "accepted",
  code: "ok",
  message: "",
  sentences: [],
  findings: [],
  gtin: "09506000134352",
  product: "Amoxicillin",
  serial,
  lot: "L1",
  expiry: null,
  quantity: 1,
  recorded: { event_id: "e", seq: 1, status: "in_stock", location: "MAIN", held: false, overridden: false },
});

const scan = (n: number, raw: string, at: number, verdict: Verdict = recorded("S" + raw)): SessionScan => ({ n, at, raw, movement: "receive", verdict });

describe("a code scanned again in the session", () => {
  it("at once, with nothing between, is left to the api's double-read rule", () => {
    expect(asksIfSamePack([scan(1, "A", 0)], "A", "receive", DOUBLE_READ_MS - 1)).toBeNull();
  });
  it("after another scan, or after a few seconds, is asked about", () => {
    expect(asksIfSamePack([scan(2, "B", 10), scan(1, "A", 0)], "A", "receive", 20), "another scan between").not.toBeNull();
    expect(asksIfSamePack([scan(1, "A", 0)], "A", "receive", DOUBLE_READ_MS + 1), "later than a double read").not.toBeNull();
  });
  it("is not asked about when it was never recorded, was a lot, or was another movement", () => {
    const blocked = { ...recorded("SA"), recorded: null };
    expect(asksIfSamePack([scan(2, "B", 10), scan(1, "A", 0, blocked)], "A", "receive", 20), "nothing was recorded for it").toBeNull();
    expect(asksIfSamePack([scan(2, "B", 10), scan(1, "A", 0, recorded(null))], "A", "receive", 20), "two packs of a lot share a code").toBeNull();
    expect(asksIfSamePack([scan(2, "B", 10), scan(1, "A", 0)], "A", "dispense", 20), "received, then dispensed: a new movement").toBeNull();
  });
});
