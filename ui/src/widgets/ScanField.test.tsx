// The scan box takes a scan typed while a list (<select>) has the focus: a list takes no text,
// and a scan's characters there would only pick another entry by type-ahead.
import { fireEvent, render } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ScanField } from "./ScanField";

function Screen({ onScan }: { onScan(raw: string): void }) {
  const [partner, setPartner] = useState("ACME");
  return (
    <div>
      <select aria-label="Partner" value={partner} onChange={(e) => setPartner(e.target.value)}>
        <option value="ACME">ACME Pharma</option>
        <option value="BETA">Beta Wholesale</option>
        <option value="0">0 Zero Ltd</option>
      </select>
      <ScanField label="Scan a pack" onScan={onScan} captureAnywhere />
    </div>
  );
}

describe("the scan box", () => {
  it("takes a scan whose keys arrive while a list has the focus, and the list keeps its choice", () => {
    const scans: string[] = [];
    const { getByLabelText } = render(<Screen onScan={(r) => scans.push(r)} />);
    const list = getByLabelText("Partner") as HTMLSelectElement;
    list.focus();
    const code = "0109506000134352";
    for (const key of code) {
      const target = document.activeElement as HTMLInputElement | HTMLSelectElement;
      const typed = fireEvent.keyDown(target, { key });
      if (target === list) expect(typed, `"${key}" must never reach the list as type-ahead`).toBe(false);
      else if (typed) fireEvent.change(target, { target: { value: target.value + key } });
    }
    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Enter", code: "Enter" });
    expect(scans, "the whole code, first character included, arrives as one scan").toEqual([code]);
    expect(list.value, "the supplier picked with the mouse stays picked").toBe("ACME");
  });
});
