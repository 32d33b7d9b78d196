// The national verification queue's figures and the drainer's own state (`national_summary`),
// read every 15 s while someone is signed in: the status bar's corner and the Verification screen
// share one query, and the screen's actions read it again at once.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { DrainerStatus, NationalSummary } from "../bindings";

/** How often the figures are read again while signed in. */
export const SUMMARY_EVERY_MS = 15_000;

/** The query key of the figures; the queue's lists are under `["national"]` too, so one
 * invalidation after an action reads everything again. */
export const SUMMARY_KEY = ["national", "summary"] as const;

export function useNationalSummary(enabled = true) {
  const backend = useBackend();
  return useQuery({
    queryKey: SUMMARY_KEY,
    queryFn: () => backend.call("national_summary", null),
    refetchInterval: SUMMARY_EVERY_MS,
    enabled,
  });
}

/** Requests that wait for the national system: not yet sent, or sent with no answer read. */
export function waitingCount(s: NationalSummary): number {
  return s.pending + s.sent;
}

/** Whether nothing can leave: no national.toml, one that cannot be used, or no drainer running.
 * Another Custody holding the lock sends them, so that is no trouble. */
export function notConnected(d: DrainerStatus): boolean {
  return d.state === "not_configured" || d.state === "config_refused" || d.state === "stopped";
}
