// The national verification queue's figures (`national_summary`), read every 15 s while someone
// is signed in: the status bar's corner and the Verification screen share one query, and the
// screen's actions read it again at once.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { NvsSummary } from "../bindings";

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
export function waitingCount(s: NvsSummary): number {
  return s.pending + s.sent;
}
