// The insights' operations of custody-api (`insights_dwell`, `insights_waste`,
// `insights_shrinkage`), through the backend's one `call` (over IPC, tauri.ts `call`: the shell's
// generic "call" command, which forwards any operation by name to custody-api).
import type { Backend } from "../backend/backend";
import type { DwellInsight, InsightQuery, ShrinkageInsight, WasteInsight } from "./types";

/** The operations as the generated `Operations` will list them. */
interface InsightOperations {
  insights_dwell: { request: InsightQuery; response: DwellInsight };
  insights_waste: { request: InsightQuery; response: WasteInsight };
  insights_shrinkage: { request: InsightQuery; response: ShrinkageInsight };
}

type InsightCall = <K extends keyof InsightOperations>(op: K, request: InsightOperations[K]["request"]) => Promise<InsightOperations[K]["response"]>;

/** The ONE cast of the insights: `Backend.call` is typed by `Operations` in the generated
 * `bindings.ts`, which does not list these operations yet (another part of issue #23 adds them
 * to custody-api). The call itself is the same generic call every screen makes; only its type
 * is widened here. When bindings.ts carries `insights_*`, replace this with `backend.call` and
 * `./types` with the generated types. */
function insightCall(backend: Backend): InsightCall {
  return backend.call as unknown as InsightCall;
}

export function insightsDwell(backend: Backend, query: InsightQuery): Promise<DwellInsight> {
  return insightCall(backend)("insights_dwell", query);
}

export function insightsWaste(backend: Backend, query: InsightQuery): Promise<WasteInsight> {
  return insightCall(backend)("insights_waste", query);
}

export function insightsShrinkage(backend: Backend, query: InsightQuery): Promise<ShrinkageInsight> {
  return insightCall(backend)("insights_shrinkage", query);
}
