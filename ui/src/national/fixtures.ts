// The national verification queue as the tests see it: answers shaped as custody-api gives them
// (`national_settings`, `national_summary`, `national_queue`), and a backend answering them.
import { BackendError, type Backend } from "../backend/backend";
import type { AppInfo, DrainerStatus, NationalSettings, NationalSummary, NvsQueued, NvsRequest, NvsShown, Role } from "../bindings";

export const EU_DE: NationalSettings = { market: "EU-DE", check: "at_dispense", window_hours: 24 };
export const OFF: NationalSettings = { market: null, check: "off", window_hours: 24 };

/** The app's drainer, running and answered this morning. */
export const RUNNING: DrainerStatus = {
  state: "running",
  own: true,
  code: null,
  reason: null,
  config_path: "/srv/custody/national.toml",
  checked_at: "2026-12-02T08:00:00Z",
  last_pass_at: "2026-12-02T08:00:00Z",
  last_answer_at: "2026-12-02T07:00:00Z",
  unreachable_since: null,
};

/** Two decommissions waiting, the older one's window ending, an alert and a failure. */
export const SUMMARY: NationalSummary = {
  drainer: RUNNING,
  pending: 2,
  sent: 1,
  alerts: 1,
  failed: 1,
  oldest_waiting_at: "2026-12-02T08:00:00Z",
  oldest_waiting_words: "the national system did not answer (SP-901)",
  window_ends_at: "2026-12-03T08:00:00Z",
  window_warning: true,
  alerts_after_supply: 1,
};

export const QUIET: NationalSummary = { drainer: RUNNING, pending: 0, sent: 0, alerts: 0, failed: 0, oldest_waiting_at: null, oldest_waiting_words: null, window_ends_at: null, window_warning: false, alerts_after_supply: 0 };

function request(id: number, patch: Partial<NvsRequest>): NvsRequest {
  return {
    id,
    kind: "decommission",
    reason: "supplied",
    market: "EU-DE",
    gtin: "09506000134352",
    serial: `SN${id}`,
    lot: "L1",
    expiry: "2028-06-30",
    state: "pending",
    attempts: 0,
    next_attempt_at: "2026-12-02T08:00:00Z",
    return_code: null,
    words: null,
    alert_id: null,
    request_seq: 100 + id,
    result_seq: null,
    ...patch,
  };
}

const queued = (r: NvsRequest, created: string, product = "Amoxicillin 500 mg", supplied: NvsQueued["supplied"] = null): NvsQueued => ({ request: r, product_name: product, created_at: created, supplied });

export const QUEUES: Record<NvsShown, NvsQueued[]> = {
  waiting: [
    queued(request(3, { serial: "W3" }), "2026-12-02T10:00:00Z"),
    queued(request(2, { serial: "W2", state: "sent", attempts: 2, words: "the national system did not answer (SP-901)" }), "2026-12-02T09:00:00Z", "Insulin glargine 100 U/ml"),
  ],
  done: [queued(request(1, { serial: "D1", state: "done", attempts: 1, return_code: "NMVS_SUCCESS", words: "Pack decommissioned as supplied", result_seq: 140 }), "2026-12-01T12:00:00Z")],
  alerts: [
    queued(
      request(4, { serial: "A4", state: "alert", attempts: 1, return_code: "NMVS_NC_PCK_19", words: "Pack already decommissioned as supplied elsewhere", alert_id: "DE-UAID-7781", result_seq: 150 }),
      "2026-12-01T15:00:00Z",
      "Amoxicillin 500 mg",
      { seq: 120, occurred_at: "2026-12-01T14:30:00Z", location: "WARD-3", reference: "RX-4471", counterparty: null, by: "Sam Staff" },
    ),
  ],
  failed: [queued(request(5, { serial: "F5", kind: "verify", reason: null, state: "failed", attempts: 1, return_code: "NMVS_FE_LOT_03", words: "Batch does not match the product code" }), "2026-12-01T16:00:00Z")],
};

export interface FakeNational extends Backend {
  calls: Array<{ op: string; request: unknown }>;
}

/** A backend answering the queue's operations as the api would, for someone of `role`; a retry
 * of anything but request 5 is refused as the api refuses it. */
export function nationalBackend(role: Role, options: { settings?: NationalSettings; summary?: NationalSummary; queues?: Partial<Record<NvsShown, NvsQueued[]>> } = {}): FakeNational {
  let settings = options.settings ?? EU_DE;
  const summary = options.summary ?? SUMMARY;
  const queues = { ...QUEUES, ...options.queues };
  const calls: FakeNational["calls"] = [];
  const answer = (op: string, request: unknown): unknown => {
    switch (op) {
      case "national_settings":
        return settings;
      case "national_summary":
        return summary;
      case "national_queue":
        return queues[(request as { shown: NvsShown }).shown];
      case "national_retry": {
        const id = (request as { id: number }).id;
        if (id !== 5) throw new BackendError({ code: "national.request_not_failed", message: `Request ${id} has not failed: only a failed request is tried again.`, args: { id } });
        return { id: 6 };
      }
      case "set_national_settings": {
        const choice = request as { market: string | null; check: string; window_hours?: number };
        if (choice.check !== "off" && !choice.market) throw new BackendError({ code: "national.market_missing", message: "Choose the national system (EU-xx or US) first.", args: { field: "market" } });
        if (choice.market && !/^(EU-[A-Z]{2}|US)$/.test(choice.market)) throw new BackendError({ code: "national.market_invalid", message: `${choice.market} is not a market: EU- and the country, or US.`, args: { field: "market" } });
        if (choice.window_hours !== undefined && (choice.window_hours < 1 || choice.window_hours > 240)) throw new BackendError({ code: "national.window_invalid", message: `${choice.window_hours} hours is not a decommission window: choose from 1 to 240 hours.`, args: { field: "window_hours" } });
        settings = { market: choice.market, check: choice.check as NationalSettings["check"], window_hours: choice.window_hours ?? settings.window_hours };
        return settings;
      }
      case "unit_history":
        throw new BackendError({ code: "unit.not_found", message: "No such pack here.", args: {} });
      default:
        throw new Error(`unexpected ${op}`);
    }
  };
  return {
    calls,
    call: ((op: string, request: unknown) => {
      calls.push({ op, request });
      try {
        return Promise.resolve(answer(op, request));
      } catch (e) {
        return Promise.reject(e as Error);
      }
    }) as Backend["call"],
    appInfo: () => Promise.resolve({ actor: { username: "u", name: "U", role } } as unknown as AppInfo),
  } as FakeNational;
}
