import { describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { insightsDwell, insightsShrinkage, insightsSuppliers, insightsTrends, insightsWaste } from "./api";
import { DWELL, SHRINKAGE, SUPPLIERS, TRENDS, WASTE } from "./fixtures";
import type { InsightQuery } from "../bindings";

describe("the insights' calls", () => {
  it("ask custody-api's operation of each kind, with the query as it is, through the backend's one call", async () => {
    const answers: Record<string, unknown> = { insights_dwell: DWELL, insights_waste: WASTE, insights_shrinkage: SHRINKAGE, insights_suppliers: SUPPLIERS, insights_trends: TRENDS };
    const call = vi.fn((op: string) => Promise.resolve(answers[op]));
    const backend = { call } as unknown as Backend;
    const query: InsightQuery = { from: "2026-01-01", to: "2026-03-31", location: "ICU", product: null, supplier: "PHARMACO", older_than_days: 30 };
    expect(await insightsDwell(backend, query)).toBe(DWELL);
    expect(await insightsWaste(backend, query)).toBe(WASTE);
    expect(await insightsShrinkage(backend, query)).toBe(SHRINKAGE);
    expect(await insightsSuppliers(backend, query)).toBe(SUPPLIERS);
    expect(await insightsTrends(backend, query)).toBe(TRENDS);
    expect(call.mock.calls).toEqual([
      ["insights_dwell", query],
      ["insights_waste", query],
      ["insights_shrinkage", query],
      ["insights_suppliers", query],
      ["insights_trends", query],
    ]);
  });
});
