import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { BackendError, type Backend } from "../backend/backend";
import type { SaveReport } from "../bindings";
import { renderWith } from "../test/render";
import * as api from "./api";
import { DWELL, SHRINKAGE, SUPPLIERS, TRENDS, WASTE } from "./fixtures";
import { InsightsView, type InsightKind } from "./InsightsView";

vi.mock("./api", () => ({ insightsDwell: vi.fn(), insightsWaste: vi.fn(), insightsShrinkage: vi.fn(), insightsSuppliers: vi.fn(), insightsTrends: vi.fn() }));

/** The saves asked of the api, in order; the first `refusals` answered "the file is there". */
let saves: SaveReport[] = [];
let refusals = 0;

const backend = {
  call: async (op: string, request: unknown) => {
    if (op === "site_settings") return { currency: "EUR" };
    if (op === "locations") return [{ code: "WARD-3B", name: "Ward 3B" }];
    if (op === "partners") return [{ code: "MEDIDIST", name: "Medi-Dist SA" }];
    if (op === "save_report") {
      const save = request as SaveReport;
      saves.push(save);
      if (refusals-- > 0) throw new BackendError({ code: "files.exists", message: "exists", args: { path: `/data/reports/${save.file}` } });
      return { path: `/data/reports/${save.file}`, bytes: 5000, title: "Insight", rows: 4 };
    }
    throw new Error(`unexpected ${op}`);
  },
  openFile: vi.fn(),
} as unknown as Backend;

beforeEach(() => {
  saves = [];
  refusals = 0;
  vi.mocked(api.insightsDwell).mockReset().mockResolvedValue(DWELL);
  vi.mocked(api.insightsWaste).mockReset().mockResolvedValue(WASTE);
  vi.mocked(api.insightsShrinkage).mockReset().mockResolvedValue(SHRINKAGE);
  vi.mocked(api.insightsSuppliers).mockReset().mockResolvedValue(SUPPLIERS);
  vi.mocked(api.insightsTrends).mockReset().mockResolvedValue(TRENDS);
});

const TABS: InsightKind[] = ["dwell", "waste", "shrinkage", "suppliers", "trends"];

describe("saving an insight as a report", () => {
  it.each(TABS)("%s: Save PDF and Save CSV ask its report of the filters shown, named as the reports screen names files", async (kind) => {
    renderWith(backend, <InsightsView initial={kind} />);
    await screen.findByLabelText("Key figures");
    await waitFor(() => expect(screen.getByRole("option", { name: "Ward 3B (WARD-3B)" })).toBeInTheDocument());
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-01-01" } });
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3B" } });
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => expect(screen.getByRole("group", { name: "Save as a report" })).toBeInTheDocument());
    fireEvent.click(screen.getByRole("button", { name: "Save PDF" }));
    expect(await screen.findByRole("status")).toHaveTextContent(`Saved Insight to /data/reports/insight-${kind}-WARD-3B-`);
    fireEvent.click(screen.getByRole("button", { name: "Save CSV" }));
    await waitFor(() => expect(saves).toHaveLength(2));
    const query = { from: "2026-01-01", to: null, location: "WARD-3B", product: null, supplier: null, older_than_days: null };
    expect(saves[0]).toEqual({ report: { kind: `insight-${kind}`, ...query }, file: expect.stringMatching(new RegExp(`^insight-${kind}-WARD-3B-\\d{12}\\.pdf$`)), paper: "a4", overwrite: false });
    expect(saves[1]?.file, "the same report as CSV").toMatch(new RegExp(`^insight-${kind}-WARD-3B-\\d{12}\\.csv$`));
    expect(saves[1]?.report).toEqual(saves[0]?.report);
  });

  it("asks before replacing a file of that name, and replaces it only once confirmed", async () => {
    refusals = 1;
    renderWith(backend, <InsightsView />);
    await screen.findByLabelText("Key figures");
    fireEvent.click(screen.getByRole("button", { name: "Save PDF" }));
    const dialog = await screen.findByRole("dialog", { name: "Replace the file?" });
    expect(dialog).toHaveTextContent(/\/data\/reports\/insight-dwell-all-\d{12}\.pdf already exists/);
    expect(screen.queryByRole("alert"), "a file already there is a question, not an error").toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Replace" }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toEqual({ ...saves[0], overwrite: true });
    expect(await screen.findByRole("status")).toHaveTextContent("Saved Insight to");
  });

  it("prints a supplier's scorecard for the days shown, as a PDF named by its supplier", async () => {
    renderWith(backend, <InsightsView initial="suppliers" />);
    await screen.findByLabelText("Key figures");
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-01-01" } });
    fireEvent.change(screen.getByLabelText("Product (GTIN)"), { target: { value: "09506000134352" } });
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => expect(api.insightsSuppliers).toHaveBeenCalledTimes(2));
    fireEvent.click(await screen.findByRole("button", { name: "Print the scorecard of Medi-Dist SA" }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0], "the scorecard is the supplier's whole record for the days, whatever the product filter").toEqual({
      report: { kind: "supplier-scorecard", supplier: "MEDIDIST", from: "2026-01-01", to: null },
      file: expect.stringMatching(/^supplier-scorecard-MEDIDIST-\d{12}\.pdf$/),
      paper: "a4",
      overwrite: false,
    });
    expect(await screen.findByRole("status")).toHaveTextContent("Saved Insight to /data/reports/supplier-scorecard-MEDIDIST-");
  });
});
