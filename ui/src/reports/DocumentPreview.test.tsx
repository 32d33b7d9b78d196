// Print: the whole report (not the preview's first 200 rows) rendered for paper, a section per
// heading, and the webview's print asked for once the rendering is in the page.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Document } from "../bindings";
import { DocumentPreview, LabelLine, sections } from "./DocumentPreview";

function doc(rows: number): Document {
  return {
    kind: "recall-notice",
    title: "Recall notice RCL-1",
    banner: "URGENT: DRUG RECALL",
    site: "Pharmacy",
    generated_at: "2026-11-30 10:00 (UTC+01:00)",
    generated_by: "Quinn QA (quinn)",
    covers: "recall RCL-1",
    blocks: [
      { type: "facts", facts: [{ label: "Recall number", value: "RCL-1" }] },
      { type: "heading", text: "Affected packs to pull, by location" },
      {
        type: "table",
        name: "MAIN: packs to pull",
        columns: [
          { title: "Pulled", width: 6, numeric: false, checkbox: true },
          { title: "Serial", width: 21, numeric: false, checkbox: false },
        ],
        rows: Array.from({ length: rows }, (_, i) => ["", `SN${String(i).padStart(6, "0")}`]),
        empty: "",
      },
      { type: "heading", text: "Dispensed and sent away: follow up" },
      { type: "paragraph", text: "None." },
    ],
  } as Document;
}

afterEach(() => vi.restoreAllMocks());

describe("DocumentPreview", () => {
  it("prints every row of the report, in sections that start at each heading", () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    render(<DocumentPreview doc={doc(450)} />);
    const preview = screen.getByRole("article", { name: "Preview of Recall notice RCL-1" });
    expect(within(preview).getAllByRole("row"), "the preview shows the first 200 rows and its header").toHaveLength(201);
    expect(screen.queryByTestId("print-root"), "nothing is rendered for paper before Print").toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Print" }));
    const printed = screen.getByTestId("print-root");
    expect(printed.querySelectorAll("tbody tr"), "every row is printed, not the preview's 200").toHaveLength(450);
    expect(printed.querySelectorAll(".print-section"), "the title part and one section per heading").toHaveLength(3);
    expect(print, "the webview's print is asked for once the rendering is in the page").toHaveBeenCalledTimes(1);
  });

  it("cuts the blocks into sections at each heading, never leaving an empty one", () => {
    const d = doc(1);
    expect(sections(d.blocks).map((s) => s.length)).toEqual([1, 2, 2]);
    expect(sections(d.blocks.slice(1)).map((s) => s.length), "a report opening with a heading has no empty first section").toEqual([2, 2]);
  });
});

describe("DocumentPreview of labels drawn by custody-api (a report printed from here: Arabic)", () => {
  const label = (serial: string) => ({
    element_string: `0109506000134352\u001d21${serial}`,
    lines: ["حجر — لا تستخدم", "Amoxicillin 500 mg", `التشغيلة L1  الصلاحية 2028-06-11  الرقم التسلسلي ${serial}`, `(01)09506000134352(21)${serial}`],
    drawing: { side: 10, path: "M0 0h1v1h-1zM0 9h10v1h-10z" },
  });
  const labels: Document = {
    kind: "quarantine-labels",
    title: "ملصقات الحجر",
    banner: null,
    site: "Pharmacy",
    generated_at: "2026-11-30 10:00 (UTC+01:00)",
    generated_by: "Quinn QA (quinn)",
    covers: "MAIN",
    blocks: [{ type: "labels", labels: Array.from({ length: 30 }, (_, i) => label(`S${i}`)) }],
  } as unknown as Document;

  it("shows the first labels with their symbols and prints every one", () => {
    vi.spyOn(window, "print").mockImplementation(() => undefined);
    render(<DocumentPreview doc={labels} />);
    const preview = screen.getByRole("article");
    const symbols = within(preview).getAllByRole("img", { name: /^GS1 DataMatrix/ });
    expect(symbols, "the preview's first twelve").toHaveLength(12);
    expect(symbols[0]?.querySelector("path")?.getAttribute("d")).toBe("M0 0h1v1h-1zM0 9h10v1h-10z");
    expect(symbols[0]?.getAttribute("viewBox"), "a module of quiet zone round it").toBe("-1 -1 12 12");
    expect(within(preview).getByText("(01)09506000134352(21)S0").closest("bdi"), "a line of codes left to right").toHaveAttribute("dir", "ltr");
    const arabic = within(preview).getAllByText("تستخدم", { exact: false })[0];
    expect(arabic?.closest("bdi"), "Arabic words are not forced left to right").toBeNull();
    const dated = within(preview).getAllByText("2028-06-11")[0];
    expect(dated?.tagName, "an ISO date in an Arabic line kept left to right").toBe("BDI");
    expect(dated).toHaveAttribute("dir", "ltr");
    fireEvent.click(screen.getByRole("button", { name: "Print" }));
    expect(screen.getByTestId("print-root").querySelectorAll("svg.dm-symbol"), "every label on paper").toHaveLength(30);
  });
});

describe("a label's line", () => {
  it("keeps each run of codes and English words left to right as one piece", () => {
    const { container } = render(<LabelLine text="محجوزة في QUAR: suspect serial (SUS-387)" />);
    const pieces = [...container.querySelectorAll("bdi[dir=ltr]")].map((b) => b.textContent);
    expect(pieces).toEqual(["QUAR: suspect serial (SUS-387)"]);
    const mixed = render(<LabelLine text="التشغيلة L1  الصلاحية 2028-06-11  الرقم التسلسلي R1" />).container;
    expect([...mixed.querySelectorAll("bdi[dir=ltr]")].map((b) => b.textContent)).toEqual(["L1", "2028-06-11", "R1"]);
  });
});
