// The insights' operations of custody-api (`insights_dwell`, `insights_waste`,
// `insights_shrinkage`, `insights_suppliers`, `insights_trends`), each asked the same
// `InsightQuery` through the backend's one typed `call`. A function per operation, so a test can
// answer one insight without a transcript.
import type { Backend } from "../backend/backend";
import type { DwellInsight, InsightQuery, ShrinkageInsight, SupplierInsight, TrendInsight, WasteInsight } from "../bindings";

export function insightsDwell(backend: Backend, query: InsightQuery): Promise<DwellInsight> {
  return backend.call("insights_dwell", query);
}

export function insightsWaste(backend: Backend, query: InsightQuery): Promise<WasteInsight> {
  return backend.call("insights_waste", query);
}

export function insightsShrinkage(backend: Backend, query: InsightQuery): Promise<ShrinkageInsight> {
  return backend.call("insights_shrinkage", query);
}

export function insightsSuppliers(backend: Backend, query: InsightQuery): Promise<SupplierInsight> {
  return backend.call("insights_suppliers", query);
}

export function insightsTrends(backend: Backend, query: InsightQuery): Promise<TrendInsight> {
  return backend.call("insights_trends", query);
}
