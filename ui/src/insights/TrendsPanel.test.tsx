import { fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { I18nProvider } from "../i18n/I18n";
import { renderWith } from "../test/render";
import * as api from "./api";
import { NOTHING, TRENDS } from "./fixtures";
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

/** The row of the product and location table that names `product`. */
const rowOf = (product: string) => {
  const row = within(screen.getByRole("table", { name: "Use and reorder rules, per product and location" })).getByText(product).closest<HTMLElement>("[role=row]");
  if (!row) throw new Error(`no row for ${product}`);
  return row;
};

/** The dashed lines of the chart: the rule's levels. */
const levels = (container: HTMLElement) => container.querySelectorAll(".recharts-line-curve[stroke-dasharray='6 4']").length;

beforeEach(() => {
  vi.mocked(api.insightsTrends).mockReset().mockResolvedValue(TRENDS);
});

describe("the Trends tab", () => {
  it("opens with how many rules were too low or too high, and a row per product and location with its verdict in words", async () => {
    renderWith(backend, <InsightsView initial="trends" />);
    const figures = await screen.findByLabelText("Key figures");
    expect(figures).toHaveTextContent("Products and locations4");
    expect(figures).toHaveTextContent("Rules too low1");
    expect(figures).toHaveTextContent("Rules too high1");
    expect(figures).toHaveTextContent("Without a rule1");
    expect(figures).toHaveTextContent("Stock-out days6");
    expect(figures).toHaveTextContent("Overstock days91");
    expect(cells(screen.getByRole("table", { name: "Use and reorder rules, per product and location" }))).toEqual([
      ["Product", "Location", "Used", "Last year", "Stock-out days", "Overstock days", "Reorder rule"],
      ["Amoxicillin 500 mg", "WARD-3B", "706", "564", "6", "0", "▼too low"],
      ["Enoxaparin 40 mg syringe", "ICU", "388", "—", "0", "0", "✓fits"],
      ["Ceftriaxone 1 g vial", "MAIN", "260", "258", "0", "91", "▲too high"],
      ["Ondansetron 4 mg tablet", "WARD-2A", "67", "66", "0", "0", "–no rule"],
    ]);
  });

  it("shows the most used row's weeks first: use against last year's, with the rule's reorder point and par", async () => {
    const { container } = renderWith(backend, <InsightsView initial="trends" />);
    const weeks = await screen.findByRole("table", { name: "Weekly use of Amoxicillin 500 mg at WARD-3B" });
    const rows = cells(weeks);
    expect(rows[0]).toEqual(["Week", "Used", "Last year", "Reorder point", "Par level", "Stock-out days", "Overstock days"]);
    expect(rows[1]).toEqual(["2026-W01", "42", "38", "40", "90", "0", "0"]);
    expect(rows[7]).toEqual(["2026-W07", "70", "52", "40", "90", "3", "0"]);
    expect(rows).toHaveLength(14);
    expect(within(weeks).getByText("2026-W07").closest("tr"), "a week out of stock is marked").toHaveClass("marked");
    expect(rowOf("Amoxicillin 500 mg")).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("group", { name: "Weekly use of Amoxicillin 500 mg at WARD-3B" }).getAttribute("aria-describedby")).toBe(weeks.id);
    expect(levels(container), "the reorder point and the par level, dashed").toBe(2);
    expect(screen.getByText((_, el) => el?.tagName === "P" && el.textContent === "Reorder rule: ▼too low")).toBeInTheDocument();
  });

  it("shows the weeks of the row chosen, by click or by Enter", async () => {
    const { container } = renderWith(backend, <InsightsView initial="trends" />);
    await screen.findByRole("table", { name: "Weekly use of Amoxicillin 500 mg at WARD-3B" });
    fireEvent.click(rowOf("Enoxaparin 40 mg syringe"));
    const enox = screen.getByRole("table", { name: "Weekly use of Enoxaparin 40 mg syringe at ICU" });
    expect(cells(enox)[1], "no history a year back: no last year").toEqual(["2026-W01", "30", "—", "35", "80", "0", "0"]);
    expect(rowOf("Enoxaparin 40 mg syringe")).toHaveAttribute("aria-current", "true");
    expect(screen.queryByRole("table", { name: "Weekly use of Amoxicillin 500 mg at WARD-3B" })).toBeNull();
    const ondansetron = rowOf("Ondansetron 4 mg tablet");
    ondansetron.focus();
    fireEvent.keyDown(ondansetron, { key: "Enter" });
    const weeks = screen.getByRole("table", { name: "Weekly use of Ondansetron 4 mg tablet at WARD-2A" });
    expect(cells(weeks)[1]).toEqual(["2026-W01", "6", "5", "—", "—", "0", "0"]);
    expect(levels(container), "no rule: no level drawn").toBe(0);
  });

  it("says in a sentence when nothing was used", async () => {
    vi.mocked(api.insightsTrends).mockResolvedValue(NOTHING.trends);
    renderWith(backend, <InsightsView initial="trends" />);
    expect(await screen.findByText((_, el) => el?.tagName === "P" && el.textContent === "Nothing was used from 2026-01-01 to 2026-03-31.")).toBeInTheDocument();
    expect(screen.queryByLabelText("Key figures")).toBeNull();
  });

  it("speaks Portuguese and Arabic", async () => {
    const { unmount } = renderWith(
      backend,
      <I18nProvider lang="pt">
        <InsightsView initial="trends" />
      </I18nProvider>,
    );
    expect(await screen.findByRole("table", { name: "Consumo semanal de Amoxicillin 500 mg em WARD-3B" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Consumo e regras, por produto e localização" })).toHaveTextContent("▲demasiado alta");
    unmount();
    renderWith(
      backend,
      <I18nProvider lang="ar">
        <InsightsView initial="trends" />
      </I18nProvider>,
    );
    expect(await screen.findByRole("table", { name: "الاستهلاك والقواعد حسب المنتج والموقع" })).toHaveTextContent("▼منخفضة جدًا");
    expect(screen.getByRole("tab", { name: "الاتجاهات" })).toHaveAttribute("aria-selected", "true");
  });
});
