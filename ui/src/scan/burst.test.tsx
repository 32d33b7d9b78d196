// The burst rule with fake timers: a scanner's keystrokes (at least 8, under 30 ms apart, ending
// in Enter) landing in another text field of the scan screen are a scan, and the field keeps its
// text; slow typing and pasting stay text.
import { act, fireEvent, render } from "@testing-library/react";
import { useRef, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BURST_MAX_GAP_MS, BurstDetector, useScannerBurst } from "./burst";

const CODE = "]d2010950600013435217280630";

function Screen({ onScan }: { onScan(raw: string): void }) {
  const root = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState("PO-");
  const [password, setPassword] = useState("");
  const [managed, setManaged] = useState("");
  useScannerBurst(root, onScan);
  return (
    <div ref={root}>
      <input aria-label="Document" value={doc} onChange={(e) => setDoc(e.target.value)} />
      <input aria-label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <input aria-label="Sign-in secret" autoComplete="current-password" value={managed} onChange={(e) => setManaged(e.target.value)} />
      <input aria-label="Scan a pack" data-scan-field="" />
    </div>
  );
}

/** Types `text` into `el` one key at a time, `gap` ms apart, as the browser would: keydown,
 * then the character lands in the field. Ends with Enter after another `gap`. */
function typeInto(el: HTMLInputElement, text: string, gap: number) {
  for (const ch of text) {
    act(() => vi.advanceTimersByTime(gap));
    const go = fireEvent.keyDown(el, { key: ch });
    if (go) fireEvent.change(el, { target: { value: el.value + ch } });
  }
  act(() => vi.advanceTimersByTime(gap));
  fireEvent.keyDown(el, { key: "Enter", code: "Enter" });
}

describe("a scanner burst", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the detector takes 8 or more quick characters ending in a quick Enter, and nothing else", () => {
    const d = new BurstDetector();
    "ABCDEFGH".split("").forEach((c, i) => d.key(c, i * 5));
    expect(d.enter(40), "8 characters 5 ms apart and Enter at once are a scanner").toBe("ABCDEFGH");
    "ABCDEFG".split("").forEach((c, i) => d.key(c, i * 5));
    expect(d.enter(35), "7 characters are too short to be taken from a field").toBeNull();
    "ABCDEFGHIJ".split("").forEach((c, i) => d.key(c, 1000 + i * (BURST_MAX_GAP_MS + 1)));
    expect(d.enter(1000 + 10 * (BURST_MAX_GAP_MS + 1)), "a gap over 30 ms is a person typing").toBeNull();
    "slow".split("").forEach((c, i) => d.key(c, 5000 + i * 200));
    "ABCDEFGH".split("").forEach((c, i) => d.key(c, 6000 + i * 5));
    expect(d.enter(6040), "a burst after slow typing is still a burst: only its own keys count").toBe("ABCDEFGH");
  });

  it("landing in the document field, is taken as a scan and the field keeps its text", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    const doc = getByLabelText("Document") as HTMLInputElement;
    doc.focus();
    typeInto(doc, CODE, 3);
    expect(scans, "the burst arrives as one scan").toEqual([CODE]);
    expect(doc.value, "the document keeps what it had before the burst").toBe("PO-");
  });

  it("typed by a person, stays in the field", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    const doc = getByLabelText("Document") as HTMLInputElement;
    doc.focus();
    typeInto(doc, "4711-ABCDEF", 120);
    expect(scans, "slow keys are typing, not a scanner").toEqual([]);
    expect(doc.value).toBe("PO-4711-ABCDEF");
  });

  it("pasted, stays text: a paste sends no keystrokes", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    const doc = getByLabelText("Document") as HTMLInputElement;
    doc.focus();
    fireEvent.change(doc, { target: { value: "PO-" + CODE } });
    act(() => vi.advanceTimersByTime(5));
    fireEvent.keyDown(doc, { key: "Enter", code: "Enter" });
    expect(scans).toEqual([]);
    expect(doc.value).toBe("PO-" + CODE);
  });

  it("in the scan box itself is left to the scan box", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    const box = getByLabelText("Scan a pack") as HTMLInputElement;
    box.focus();
    typeInto(box, CODE, 3);
    expect(scans, "the scan box reads its own scans").toEqual([]);
  });

  it("in a password field is never taken: a password manager types as fast as a scanner", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    for (const label of ["Password", "Sign-in secret"]) {
      const field = getByLabelText(label) as HTMLInputElement;
      field.focus();
      typeInto(field, "correct-horse-battery", 3);
      expect(scans, `auto-typed into "${label}", the secret must never be sent as a scan`).toEqual([]);
      expect(field.value, `the field "${label}" keeps what was typed into it`).toBe("correct-horse-battery");
    }
  });
});
