// The scanning session on a backend double that answers at once: one call per scan, the
// question asked about a repeated code, and that question dropped when the movement changes
// (the session's state lives below the movement's form since the scan path was made lighter).
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { Backend } from "../backend/backend";
import type { ScanRequest, Verdict } from "../bindings";
import { renderWith } from "../test/render";
import { ScanView } from "./ScanView";
import { CHECKING_SHOWN_AFTER_MS, placed } from "./ScanSession";
import type { SessionScan } from "./VerdictPanel";

const DATABASE = "TEST@2026-01-01T00:00:00Z";

/** A verdict recording a receipt of the serialized pack `raw` names. */
function accepted(raw: string): Verdict {
  return {
    verdict: "accepted",
    code: "ok",
    message: "Received.",
    findings: [],
    gtin: "09506000134352",
    product: "Amoxicillin 500 mg",
    serial: raw,
    lot: "L1",
    expiry: "2028-06-30",
    quantity: 1,
    recorded: { event_id: `e-${raw}`, seq: 1, status: "in_stock", location: "MAIN", held: false },
  } as unknown as Verdict;
}

/** A dispense's verdict asking first: an earlier-expiring pack of the product is in stock. */
function fefo(raw: string): Verdict {
  return {
    ...accepted(raw),
    verdict: "ask",
    code: "fefo",
    message: "An earlier-expiring pack of this product is at MAIN.",
    recorded: null,
  } as unknown as Verdict;
}

/** The calls made, and a backend answering the scan screen's few operations; `scanAnswer`, when
 * given, answers the scans instead (a slow answer). */
function double(check = "off", scanAnswer?: (request: ScanRequest) => Promise<Verdict>) {
  const scans: ScanRequest[] = [];
  const answers: Record<string, (request: unknown) => unknown> = {
    national_settings: () => ({ market: "EU-DE", check, window_hours: 24 }),
    locations: () => [{ id: 1, site_id: 1, code: "MAIN", name: "Main store", kind: "store", supplied_by: null }],
    partners: () => [{ id: 1, code: "ACME", name: "Acme", kind: "supplier", gln: null }],
    scan_setup: () => ({ database: DATABASE, movements: [] }),
    movement_rules: (m) => ({ movement: m, needs_reason: false, needs_destination: false, needs_partner: m === "receive", signature: null }),
    shipments: () => [],
    scan: (request) => {
      scans.push(request as ScanRequest);
      return accepted((request as ScanRequest).raw);
    },
  };
  const backend = {
    call: (op: string, request: unknown) => {
      if (op === "scan" && scanAnswer) {
        scans.push(request as ScanRequest);
        return scanAnswer(request as ScanRequest);
      }
      const answer = answers[op];
      return answer ? Promise.resolve(answer(request)) : Promise.reject(new Error(`the double does not answer ${op}`));
    },
  } as unknown as Backend;
  return { backend, scans };
}

function scan(raw: string) {
  const box = screen.getByLabelText("Scan a pack");
  fireEvent.change(box, { target: { value: raw } });
  fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
}

describe("the scanning session", () => {
  beforeEach(() => window.localStorage.setItem(`custody.workstation-location.${DATABASE}`, "MAIN"));

  it("makes one call per scan, asks about a repeated code, and drops the question with another movement", async () => {
    const { backend, scans } = double();
    renderWith(backend, <ScanView />);
    await screen.findByRole("option", { name: "Acme" });
    fireEvent.change(screen.getByLabelText("Partner"), { target: { value: "ACME" } });
    await waitFor(() => expect(screen.queryByRole("note")).not.toBeInTheDocument());
    const verdict = screen.getByRole("status", { name: "Verdict" });
    scan("S1");
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    scan("S2");
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("2 scans · 2 accepted"));
    expect(
      scans.map((s) => [s.raw, s.counterparty]),
      "each scan is one call, carrying what the form says",
    ).toEqual([
      ["S1", "ACME"],
      ["S2", "ACME"],
    ]);
    scan("S1");
    expect(verdict, "a code recorded earlier in the session is asked about before it is sent").toHaveTextContent("Same pack?");
    expect(scans, "nothing is sent while the screen asks").toHaveLength(2);
    fireEvent.click(screen.getByRole("radio", { name: "Release" }));
    await waitFor(() => expect(verdict, "a question belongs to the movement it was asked in").not.toHaveTextContent("Same pack?"));
    expect(screen.getByLabelText("This session's scans"), "the session's scans stay through a change of movement").toHaveTextContent("2 scans");
  });

  it("sends the seal check with each dispense where the site decommissions: intact stays on, broken goes with the next scan", async () => {
    const { backend, scans } = double("at_dispense");
    renderWith(backend, <ScanView />);
    fireEvent.click(await screen.findByRole("radio", { name: "Dispense" }));
    const intact = await screen.findByRole("checkbox", { name: /Seal intact/ });
    scan("D1");
    fireEvent.click(intact);
    scan("D2");
    fireEvent.click(screen.getByRole("button", { name: "Seal broken" }));
    scan("D3");
    scan("D4");
    await waitFor(() => expect(scans).toHaveLength(4));
    expect(
      scans.map((s) => [s.raw, s.tamper ?? null]),
      "not checked until confirmed; confirmed, it stays on; broken marks one scan",
    ).toEqual([
      ["D1", null],
      ["D2", "intact"],
      ["D3", "broken"],
      ["D4", "intact"],
    ]);
  });

  it("asks nothing of the seal where the site does not decommission at dispense", async () => {
    const { backend } = double("at_receipt");
    renderWith(backend, <ScanView />);
    fireEvent.click(await screen.findByRole("radio", { name: "Dispense" }));
    await screen.findByLabelText("Scan a pack");
    expect(screen.queryByRole("checkbox", { name: /Seal intact/ })).not.toBeInTheDocument();
  });

  it("draws a scan with its verdict, and as being checked only when the answer is slow", async () => {
    let answer: (v: Verdict) => void = () => {};
    let slow = false;
    const { backend } = double("off", (r) => (slow ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(accepted(r.raw))));
    renderWith(backend, <ScanView />);
    await screen.findByRole("option", { name: "Acme" });
    fireEvent.change(screen.getByLabelText("Partner"), { target: { value: "ACME" } });
    await waitFor(() => expect(screen.queryByRole("note")).not.toBeInTheDocument());
    const verdict = screen.getByRole("status", { name: "Verdict" });
    // What each change put on the screen: the text of the nodes added and of the text changed.
    const said: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "characterData") said.push(r.target.textContent ?? "");
        r.addedNodes.forEach((node) => said.push(node.textContent ?? ""));
      }
    });
    watch.observe(verdict, { childList: true, subtree: true, characterData: true });
    scan("F1");
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(said.filter((t) => t.includes("Checking")), "a quick answer is drawn with its scan, never as being checked first").toEqual([]);

    slow = true;
    scan("F2");
    const list = screen.getByLabelText("This session's scans");
    expect(list, "not drawn before the answer has had its moment").toHaveTextContent("1 scan");
    await waitFor(() => expect(verdict).toHaveTextContent("Checking"), { timeout: CHECKING_SHOWN_AFTER_MS * 20 });
    expect(list).toHaveTextContent("2 scans");
    answer(accepted("F2"));
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(list).toHaveTextContent("2 scans · 2 accepted");
    watch.disconnect();
  });

  it("asks about a code scanned again while the scan between is still being answered", async () => {
    let slow = false;
    let answer: (v: Verdict) => void = () => {};
    const { backend, scans } = double("off", (r) => (slow ? new Promise<Verdict>((resolve) => (answer = resolve)) : Promise.resolve(accepted(r.raw))));
    renderWith(backend, <ScanView />);
    await screen.findByRole("option", { name: "Acme" });
    fireEvent.change(screen.getByLabelText("Partner"), { target: { value: "ACME" } });
    await waitFor(() => expect(screen.queryByRole("note")).not.toBeInTheDocument());
    const verdict = screen.getByRole("status", { name: "Verdict" });
    scan("R1");
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    slow = true;
    scan("R2");
    scan("R1");
    expect(verdict, "R2 came between, not drawn yet: R1 again is no double read").toHaveTextContent("Same pack?");
    expect(scans.map((s) => s.raw)).toEqual(["R1", "R2"]);
    answer(accepted("R2"));
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("2 scans · 2 accepted"));
    expect(verdict, "R2's answer leaves the question asked after it").toHaveTextContent("Same pack?");
  });

  it("confirms an out-of-order dispense with the form it was scanned with, and asks nothing once the movement changed", async () => {
    const answers: ((v: Verdict) => void)[] = [];
    const { backend, scans } = double("off", (r) => (r.fefo_confirmed ? Promise.resolve(accepted(r.raw)) : new Promise<Verdict>((resolve) => answers.push(resolve))));
    renderWith(backend, <ScanView />);
    fireEvent.click(await screen.findByRole("radio", { name: "Dispense" }));
    await screen.findByLabelText("Scan a pack");
    await waitFor(() => expect(screen.queryByRole("note")).not.toBeInTheDocument());
    const verdict = screen.getByRole("status", { name: "Verdict" });
    fireEvent.change(screen.getByLabelText("Document"), { target: { value: "RX-1" } });
    scan("P1");
    answers[0]?.(fefo("P1"));
    const anyway = await screen.findByRole("button", { name: "Dispense it anyway" });
    fireEvent.change(screen.getByLabelText("Document"), { target: { value: "RX-2" } });
    fireEvent.click(anyway);
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(
      scans.map((s) => [s.raw, s.reference, s.fefo_confirmed ?? null]),
      "the confirmation is the scan asked about, for the prescription it was scanned for",
    ).toEqual([
      ["P1", "RX-1", null],
      ["P1", "RX-1", true],
    ]);

    scan("P2");
    fireEvent.click(screen.getByRole("radio", { name: "Release" }));
    answers[1]?.(fefo("P2"));
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("3 scans"));
    expect(screen.queryByRole("button", { name: "Dispense it anyway" }), "the dispense's question is not asked on Release").not.toBeInTheDocument();
  });
});

describe("a scan's row in the session list", () => {
  const row = (n: number, extra: Partial<SessionScan> = {}): SessionScan => ({ n, at: 0, raw: `S${n}`, movement: "receive", ...extra });

  it("takes the place of the same scan's row, else goes where its number puts it, newest first", () => {
    expect(placed([row(3), row(1)], row(2)).map((r) => r.n)).toEqual([3, 2, 1]);
    expect(placed([row(3), row(1)], row(4)).map((r) => r.n)).toEqual([4, 3, 1]);
    expect(placed([row(3)], row(1)).map((r) => r.n)).toEqual([3, 1]);
    const replaced = placed([row(2), row(1)], row(2, { error: "refused" }));
    expect(replaced.map((r) => [r.n, r.error])).toEqual([
      [2, "refused"],
      [1, undefined],
    ]);
  });
});
