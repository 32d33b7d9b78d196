import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { BackendError, type Backend } from "../backend/backend";
import { I18nProvider } from "../i18n/I18n";
import { renderWith } from "../test/render";
import * as api from "./api";
import { DWELL, NOTHING, SHRINKAGE, WASTE } from "./fixtures";
import { InsightsView } from "./InsightsView";

vi.mock("./api", () => ({ insightsDwell: vi.fn(), insightsWaste: vi.fn(), insightsShrinkage: vi.fn(), insightsSuppliers: vi.fn(), insightsTrends: vi.fn() }));

/** The rest of what the screen reads: the site's currency and the filters' lists. */
const backend = {
  call: async (op: string) => {
    if (op === "site_settings") return { currency: "EUR" };
    if (op === "locations") return [{ code: "WARD-3B", name: "Ward 3B" }];
    if (op === "partners") return [{ code: "PHARMACO", name: "Pharmaco Ltd" }];
    throw new Error(`unexpected ${op}`);
  },
} as unknown as Backend;

/** A paragraph saying `text` (its dates and codes in elements of their own). */
const sentence = (text: string) => screen.findByText((_, el) => el?.tagName === "P" && el.textContent === text);

/** Each row of `table` as the texts of its cells. */
const cells = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));

beforeEach(() => {
  vi.mocked(api.insightsDwell).mockReset().mockResolvedValue(DWELL);
  vi.mocked(api.insightsWaste).mockReset().mockResolvedValue(WASTE);
  vi.mocked(api.insightsShrinkage).mockReset().mockResolvedValue(SHRINKAGE);
});

describe("InsightsView", () => {
  it("dwell: the key figures, days per location with its table, one location's spread, and the packs waiting now", async () => {
    renderWith(backend, <InsightsView />);
    const figures = await screen.findByLabelText("Key figures");
    expect(figures).toHaveTextContent("Stays ended420");
    expect(figures).toHaveTextContent("Longest 90th percentile41.5 days at WARD-3B");
    expect(figures).toHaveTextContent("Packs waiting over 90 days now1");
    expect(cells(screen.getByRole("table", { name: "Days a pack stays, per location" }))).toEqual([
      ["Location", "Median", "90th percentile"],
      ["WARD-3B", "12.5 days", "41.5 days"],
      ["MAIN", "3.2 days", "9.8 days"],
    ]);
    const spread = cells(screen.getByRole("table", { name: "How long packs stayed at WARD-3B" }));
    expect(spread[0]).toEqual(["Days stayed", "Stays"]);
    expect(spread.slice(1).map((r) => r.join(" "))).toEqual(["0–1 0", "1–2 2", "2–3 3", "3–7 10", "7–14 20", "14–30 40", "30–60 30", "60–90 10", "90–180 5", "180–365 0", "365+ 0"]);
    expect(cells(screen.getByRole("table", { name: "Products at WARD-3B" }))).toEqual([
      ["Product", "Stays", "Median", "90th percentile"],
      ["Amoxicillin 500 mg 09506000134352", "120", "12.5 days", "41.5 days"],
    ]);
    const waiting = screen.getByRole("table", { name: "Waiting longer than 90 days now" });
    expect(within(waiting).getAllByRole("row")[1]).toHaveTextContent("WARD-3BAmoxicillin 500 mgS772027-01-311in stock2025-11-20131 days");
    expect(screen.getByText("1 pack or lot (1 unit) held longer than 90 days.")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Spread of stays at"), { target: { value: "MAIN" } });
    expect(cells(screen.getByRole("table", { name: "How long packs stayed at MAIN" }))[1]).toEqual(["0–1", "40"]);
    expect(screen.queryByRole("table", { name: "Products at MAIN" }), "no product row at MAIN in the answer").toBeNull();
  });

  it("dwell: counts everything waiting, though the api lists only the 500 longest", async () => {
    vi.mocked(api.insightsDwell).mockResolvedValue({ ...DWELL, waiting_total: 1234, waiting_units: 5678 });
    renderWith(backend, <InsightsView />);
    expect(await screen.findByLabelText("Key figures"), "the figure is every unit waiting, not only the listed ones").toHaveTextContent("Packs waiting over 90 days now5,678");
    expect(screen.getByText("1,234 packs or lots (5,678 units) held longer than 90 days; the 1 longest listed.")).toBeInTheDocument();
  });

  it("dwell: says when a location lists only the products whose stays are longest", async () => {
    vi.mocked(api.insightsDwell).mockResolvedValue({ ...DWELL, rows_total: 150000, products_listed: 1 });
    renderWith(backend, <InsightsView />);
    const products = await screen.findByRole("table", { name: "Products at WARD-3B" });
    expect(products.parentElement).toHaveTextContent("Only the 1 products whose stays here are longest are listed.");
  });

  it("waste: value per month by cause in the site's currency, predicted against surprise, and where it came from", async () => {
    renderWith(backend, <InsightsView />);
    fireEvent.click(screen.getByRole("tab", { name: "Waste" }));
    const figures = await screen.findByLabelText("Key figures");
    expect(figures).toHaveTextContent("Value lost€123.45");
    expect(figures).toHaveTextContent("Packs lost7");
    expect(figures).toHaveTextContent("Predicted3");
    expect(figures).toHaveTextContent("Surprise2");
    expect(cells(screen.getByRole("table", { name: "Value lost per month, by cause" }))).toEqual([
      ["Month", "Expired", "Recalled", "Damaged", "Total"],
      ["2026-01", "€60.00", "€0.00", "€20.00", "€80.00"],
      ["2026-02", "€0.00", "€0.00", "€0.00", "€0.00"],
      ["2026-03", "€23.45", "€20.00", "€0.00", "€43.45"],
    ]);
    expect(cells(screen.getByRole("table", { name: "Expired packs: predicted 30 days ahead, or a surprise" })).slice(1)).toEqual([
      ["2026-01", "3", "0", "3"],
      ["2026-02", "0", "0", "0"],
      ["2026-03", "0", "2", "2"],
    ]);
    expect(cells(screen.getByRole("table", { name: "Suppliers of what was lost" }))[1]).toEqual(["Pharmaco Ltd PHARMACO", "7", "€123.45"]);
    expect(screen.getByRole("table", { name: "Every pack lost" })).toHaveTextContent("2026-03-15recalledWARD-3BAmoxicillin 500 mgS12PHARMACO1€20.00");
  });

  it("shrinkage: value lost per location with the locations that keep disagreeing pointed out, the months, every variance", async () => {
    renderWith(backend, <InsightsView initial="shrinkage" />);
    const figures = await screen.findByLabelText("Key figures");
    expect(figures).toHaveTextContent("Value lost€88.00");
    expect(figures).toHaveTextContent("Missing4");
    expect(figures).toHaveTextContent("Locations that keep disagreeing1");
    expect(cells(screen.getByRole("table", { name: "Value lost per location" }))).toEqual([
      ["Location", "Value lost"],
      ["ICUkeeps disagreeing", "€88.00"],
      ["WARD-2A", "€0.00"],
    ]);
    expect(within(screen.getByRole("table", { name: "Counts per location" })).getByRole("row", { name: /ICU/ })).toHaveClass("marked");
    expect(cells(screen.getByRole("table", { name: "Variances per month" }))[2]).toEqual(["2026-02", "2", "1", "0", "0", "0", "0"]);
    expect(screen.getByRole("table", { name: "Every variance" })).toHaveTextContent("2026-02-01COUNT-4WARD-2AFound elsewhereAmoxicillin 500 mgS411—");
  });

  it("says in a sentence when an insight found nothing", async () => {
    vi.mocked(api.insightsDwell).mockResolvedValue(NOTHING.dwell);
    vi.mocked(api.insightsWaste).mockResolvedValue(NOTHING.waste);
    vi.mocked(api.insightsShrinkage).mockResolvedValue(NOTHING.shrinkage);
    renderWith(backend, <InsightsView />);
    expect(await screen.findByText("No pack left a location in this period.")).toBeInTheDocument();
    expect(screen.getByText("No pack has been waiting longer than 90 days.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "Waste" }));
    expect(await sentence("Nothing was destroyed or returned from 2026-01-01 to 2026-03-31.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "Shrinkage" }));
    expect(await sentence("No stock count was applied from 2026-01-01 to 2026-03-31.")).toBeInTheDocument();
  });

  it("asks with the filters once Show is pressed, and shows a refusal as the api says it", async () => {
    renderWith(backend, <InsightsView />);
    await screen.findByLabelText("Key figures");
    expect(api.insightsDwell).toHaveBeenLastCalledWith(expect.anything(), { from: null, to: null, location: null, product: null, supplier: null, older_than_days: null });
    vi.mocked(api.insightsDwell).mockRejectedValue(new BackendError({ code: "insights.product_not_found", message: "No product has GTIN 123.", args: {} }));
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-01-01" } });
    fireEvent.change(screen.getByLabelText("Product (GTIN)"), { target: { value: " 123 " } });
    fireEvent.change(screen.getByLabelText("Waiting longer than (days)"), { target: { value: "30" } });
    await waitFor(() => expect(screen.getByRole("option", { name: "Ward 3B (WARD-3B)" })).toBeInTheDocument());
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3B" } });
    expect(api.insightsDwell, "nothing is asked while the filters are typed").toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("No product has GTIN 123.");
    expect(api.insightsDwell).toHaveBeenLastCalledWith(expect.anything(), { from: "2026-01-01", to: null, location: "WARD-3B", product: "123", supplier: null, older_than_days: 30 });
  });

  it("speaks French: tabs, figures and days", async () => {
    renderWith(
      backend,
      <I18nProvider lang="fr">
        <InsightsView />
      </I18nProvider>,
    );
    expect(screen.getByRole("tab", { name: "Temps de séjour" })).toBeInTheDocument();
    const figures = await screen.findByLabelText("Chiffres clés");
    expect(figures).toHaveTextContent("90e centile le plus long41,5 jours à WARD-3B");
    expect(screen.getByRole("table", { name: "Jours de séjour d'une boîte, par emplacement" })).toHaveTextContent("12,5 jours");
    fireEvent.click(screen.getByRole("tab", { name: "Pertes" }));
    expect(await screen.findByLabelText("Chiffres clés")).toHaveTextContent(/Valeur perdue123,45\s€/);
  });
});
