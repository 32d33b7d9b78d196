import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { I18nProvider } from "../i18n/I18n";
import { renderWith } from "../test/render";
import * as api from "./api";
import { NOTHING, SUPPLIERS } from "./fixtures";
import { InsightsView } from "./InsightsView";

vi.mock("./api", () => ({ insightsDwell: vi.fn(), insightsWaste: vi.fn(), insightsShrinkage: vi.fn(), insightsSuppliers: vi.fn(), insightsTrends: vi.fn() }));

const backend = {
  call: async (op: string) => {
    if (op === "site_settings") return { currency: "EUR" };
    if (op === "locations") return [];
    if (op === "partners") return [];
    throw new Error(`unexpected ${op}`);
  },
} as unknown as Backend;

/** Each row of `table` as the texts of its cells (a grid's too). */
const cells = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => [...r.querySelectorAll("th, td, [role=cell], [role=columnheader]")].map((c) => c.textContent));

beforeEach(() => {
  vi.mocked(api.insightsSuppliers).mockReset().mockResolvedValue(SUPPLIERS);
});

describe("the Suppliers tab", () => {
  it("opens with the suppliers' figures and the thresholds they were judged by", async () => {
    renderWith(backend, <InsightsView initial="suppliers" />);
    const figures = await screen.findByLabelText("Key figures");
    expect(figures).toHaveTextContent("Suppliers3");
    expect(figures).toHaveTextContent("Deliveries42");
    expect(figures).toHaveTextContent("Packs received2,170");
    expect(figures, "63 at Medi-Dist, 4 at Pharmaco").toHaveTextContent("Findings67");
    expect(figures).toHaveTextContent("Short-dated48");
    expect(figures, "the excess amounts in the site's currency").toHaveTextContent("Paid above contract€184.50");
    expect(figures).toHaveTextContent("Recalls1");
    expect(screen.getByText("Short-dated: fewer than 180 days left on arrival. Over contract: priced more than 5% above the contract price of the day. Recalls: recalls touching a lot received from them.")).toBeInTheDocument();
  });

  it("charts the findings per supplier, its record in the table under the chart with the excess amount and a scorecard each", async () => {
    const { container } = renderWith(backend, <InsightsView initial="suppliers" />);
    const table = await screen.findByRole("table", { name: "Findings per supplier" });
    expect(cells(table)).toEqual([
      ["Supplier", "Deliveries", "Packs received", "Short-dated", "Lot or expiry differs", "Unexpected", "Missing", "Suspect", "Duplicate serials", "Over contract", "Excess", "Recalls", "Scorecard"],
      ["Medi-Dist SA MEDIDIST", "14", "620", "48", "2", "3", "5", "1", "0", "3", "€184.50", "1", "Print"],
      ["Pharmaco Ltd PHARMACO", "22", "1,340", "0", "1", "0", "2", "0", "1", "0", "—", "0", "Print"],
      ["Nord Health GmbH NORDHEALTH", "6", "210", "0", "0", "0", "0", "0", "0", "0", "—", "0", "Print"],
    ]);
    const chart = screen.getByRole("group", { name: "Findings per supplier" });
    expect(chart.getAttribute("aria-describedby"), "the chart is described by the suppliers' table").toBe(table.id);
    const ticks = [...container.querySelectorAll(".recharts-xAxis-tick-labels text")].map((t) => t.textContent?.replace(/[\u2068\u2069]/g, ""));
    expect(ticks.slice(0, 3)).toEqual(["MEDIDIST", "PHARMACO", "NORDHEALTH"]);
    expect(screen.getByRole("button", { name: "Print the scorecard of Pharmaco Ltd" })).toBeInTheDocument();
  });

  it("says the same per manufacturer, without a scorecard (a scorecard is a supplier's)", async () => {
    renderWith(backend, <InsightsView initial="suppliers" />);
    const table = await screen.findByRole("table", { name: "Findings per manufacturer" });
    expect(cells(table)[0]).toEqual(["Manufacturer", "Deliveries", "Packs received", "Short-dated", "Lot or expiry differs", "Unexpected", "Missing", "Suspect", "Duplicate serials", "Over contract", "Excess", "Recalls"]);
    expect(cells(table)[1]).toEqual(["Sandoz", "12", "540", "48", "2", "0", "0", "0", "0", "3", "€184.50", "1"]);
  });

  it("lists the receipts above contract with their amounts, and every affected pack with its lot, expiry and manufacturing date", async () => {
    renderWith(backend, <InsightsView initial="suppliers" />);
    const prices = await screen.findByRole("table", { name: "Receipts priced above contract" });
    expect(cells(prices)[0]).toEqual(["Day", "Supplier", "Product", "Lot", "Qty", "Unit cost", "Contract", "Above contract"]);
    expect(cells(prices)[1]).toEqual(["2026-01-14", "MEDIDIST", "Amoxicillin 500 mg", "AMX2409", "120", "€4.95", "€4.20", "€90.00"]);
    const packs = screen.getByRole("table", { name: "Affected packs" });
    expect(cells(packs)[0]).toEqual(["Received", "Supplier", "Finding", "Product", "Manufacturer", "Serial", "Lot", "Expiry", "Manufactured"]);
    expect(cells(packs)[1]).toEqual(["2026-01-14", "MEDIDIST", "short-dated on arrival", "Amoxicillin 500 mg", "Sandoz", "", "AMX2409", "2026-05-31", "2024-06-02"]);
    expect(cells(packs)[4], "no manufacturing date on the scan").toEqual(["2026-02-20", "PHARMACO", "serial already known", "Enoxaparin 40 mg syringe", "Teva", "EN778812", "ENX5521", "2027-08-31", "—"]);
  });

  it("says in a sentence when nothing was received, and when nothing was above contract", async () => {
    vi.mocked(api.insightsSuppliers).mockResolvedValue(NOTHING.suppliers);
    const { unmount } = renderWith(backend, <InsightsView initial="suppliers" />);
    expect(await screen.findByText((_, el) => el?.tagName === "P" && el.textContent === "Nothing was received from 2026-01-01 to 2026-03-31.")).toBeInTheDocument();
    expect(screen.queryByLabelText("Key figures")).toBeNull();
    unmount();
    vi.mocked(api.insightsSuppliers).mockResolvedValue({ ...SUPPLIERS, over_contract: [], affected: [] });
    renderWith(backend, <InsightsView initial="suppliers" />);
    expect(await screen.findByText("No receipt was priced more than 5% above its contract.")).toBeInTheDocument();
    expect(screen.getByText("No pack received in this period had a finding.")).toBeInTheDocument();
  });

  it("speaks French, and Arabic right to left", async () => {
    const { unmount } = renderWith(
      backend,
      <I18nProvider lang="fr">
        <InsightsView initial="suppliers" />
      </I18nProvider>,
    );
    expect(await screen.findByLabelText("Chiffres clés")).toHaveTextContent(/Payé au-dessus du marché184,50\s€/);
    expect(screen.getByRole("button", { name: "Imprimer la fiche d'évaluation de Medi-Dist SA" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Boîtes concernées" })).toHaveTextContent("péremption proche à la réception");
    unmount();
    const { container } = renderWith(
      backend,
      <I18nProvider lang="ar">
        <InsightsView initial="suppliers" />
      </I18nProvider>,
    );
    await screen.findByRole("table", { name: "الملاحظات حسب المورّد" });
    const xs = [...container.querySelectorAll(".recharts-xAxis-tick-labels text")].slice(0, 3).map((t) => Number(t.getAttribute("x")));
    expect(xs[0], "the first supplier at the right").toBeGreaterThan(xs[2] ?? Infinity);
  });
});
