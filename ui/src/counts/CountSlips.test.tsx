// A count's slips, on what custody-api answered (transcript `count-slips`): the next pack's
// scan landing in "How many?" is taken as that scan, and Enter pressed twice counts a lot once.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { GS } from "../widgets/scanner";
import { BURST_GAP_MS, BURST_MIN, BurstDetector } from "./burst";

const GAUZE = "]d201095060001343691729013110G7";
const PACK = `]d2010950600013435217280630${GS}10L1${GS}21C1`;

/** A wedge scanner into the scan box: the characters, GS as its own key, Enter. */
function typeScan(box: HTMLElement, raw: string) {
  let value = "";
  for (const ch of raw) {
    if (ch === GS) {
      fireEvent.keyDown(box, { key: GS, code: "Unidentified" });
      value = (box as HTMLInputElement).value;
      continue;
    }
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
  fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
}

/** A wedge scanner into another field: only keydowns (a number field keeps none of a code's
 * letters), as fast as a scanner sends them. */
function burstInto(field: HTMLElement, raw: string) {
  for (const ch of raw) fireEvent.keyDown(field, { key: ch, code: ch === GS ? "Unidentified" : "" });
  fireEvent.keyDown(field, { key: "Enter", code: "Enter" });
}

async function startCount() {
  fireEvent.click(await screen.findByRole("button", { name: "Counts" }));
  await screen.findByRole("option", { name: "Main store (MAIN)" });
  fireEvent.click(await screen.findByRole("button", { name: "Start the count" }));
  return screen.findByLabelText("Scan each pack once");
}

describe("a burst detector", () => {
  /** Types `text` then Enter, `gap` ms apart, from `start`; the scan read, if any. */
  const keys = (d: BurstDetector, text: string, gap: number | number[], start = 0) => {
    let t = start;
    const key = (k: string) => {
      return d.key({ key: k, code: "", ctrlKey: false, altKey: false, metaKey: false, timeStamp: t });
    };
    [...text].forEach((ch, i) => {
      t += Array.isArray(gap) ? (gap[i] ?? 5) : gap;
      key(ch);
    });
    t += Array.isArray(gap) ? 5 : gap;
    return key("Enter");
  };

  it("takes a fast run of at least eight characters ending in Enter as a scan, and nothing a person types", () => {
    const d = new BurstDetector();
    expect(keys(d, "0950600013", 5), "a scanner's pace: a scan").toBe("0950600013");
    expect(keys(d, "1200", 5, 1000), "four characters, however fast, are a quantity").toBeNull();
    expect(keys(d, "123456789", BURST_GAP_MS + 40, 2000), "typed at a person's pace: not a scan").toBeNull();
    expect(keys(d, "9".repeat(BURST_MIN - 1), 5, 5000), "one short of a burst: typed").toBeNull();
    const stalled = [5, 5, 5, 5, 5, 120, 5, 5, 5, 5, 5];
    expect(keys(d, "]d20109506X", stalled, 6000), "a pause of the machine mid-code does not cut the code in two").toBe("]d20109506X");
  });
});

describe("a count's slips", () => {
  it("takes a scan that lands in How many? as the next scan, and counts a lot once when Enter is pressed twice", async () => {
    const backend = replayBackend(flow("count-slips"));
    renderWith(backend, <App />);
    const box = await startCount();
    typeScan(box, GAUZE);
    const howMany = await screen.findByLabelText("How many?");
    await waitFor(() => expect(howMany).toHaveFocus());

    // The next pack's scan arrives while the question is open.
    burstInto(howMany, PACK);
    await waitFor(() => expect(screen.queryByRole("form", { name: "Lot quantity" }), "the question is dropped").toBeNull());
    const counted = recorded("count-slips", 7).ok as { message: string };
    await waitFor(() => expect(screen.getByRole("status"), "the burst went through the count's scan path").toHaveTextContent(counted.message));
    expect(screen.getByRole("list", { name: "Scans" }), "the person is told the lot still needs counting").toHaveTextContent("Lot G7 not counted");
    expect(
      backend.calls.filter((c) => c.op === "count_scan").map((c) => (c.request as { quantity: number | null }).quantity),
      "nothing of the code was sent as a quantity",
    ).toEqual([null, null]);

    typeScan(await screen.findByLabelText("Scan each pack once"), GAUZE);
    const again = await screen.findByLabelText("How many?");
    fireEvent.change(again, { target: { value: "12" } });
    const form = screen.getByRole("form", { name: "Lot quantity" });
    fireEvent.submit(form);
    fireEvent.submit(form);
    const lots = await screen.findByRole("table", { name: "Counted by lot" });
    await waitFor(() => expect(lots, "the lot's total").toHaveTextContent("G712"));
    expect(
      backend.calls.filter((c) => c.op === "count_scan" && (c.request as { quantity: number | null }).quantity === 12),
      "Enter twice counts the lot once",
    ).toHaveLength(1);
    await waitFor(() => expect(backend.done()).toBe(true));
  });
});
