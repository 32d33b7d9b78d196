// The UI's test double: a Backend whose `call` can only answer what custody-api answered when the
// flow was recorded (`transcripts/*.json`, `cargo test -p custody-api transcripts`), and whose few
// shell methods answer from the transcript's sign-in steps and a small fixed AppInfo.
//
// The screens read in an order React and TanStack Query decide (several lists load at once, a
// list is read again after a change), while what changes the pharmacy happens in the order a
// person acts. So a write (any operation not in READS) must be the next recorded write, in
// order, with the very request recorded; a read must match a recorded read of the same request
// that sees the same state: one between the last write consumed and the next, or, read again,
// the latest one before the next write. Anything else fails the test loudly.
import type { AppInfo, BackupInfo, HubAlarm, Operations, SetUp, SyncStatus, User } from "../bindings";
import { PUBLIC_OPERATIONS } from "../bindings";
import { BackendError, SIGNED_OUT, type Backend } from "../backend/backend";
// The shell methods gated as the shell gates them: those not on `BEFORE_SIGN_IN` need someone
// signed in (backupNow, openFile).
import { sameJson, type Transcript, type TranscriptStep } from "./replay";

const transcripts = import.meta.glob<Transcript>("./transcripts/*.json", { eager: true, import: "default" });

/** The recorded flow `name` (the file `transcripts/<name>.json`). */
export function flow(name: string): Transcript {
  const t = transcripts[`./transcripts/${name}.json`];
  if (!t) throw new Error(`no transcript ${name}: add it to crates/api/tests/it/transcripts.rs and record it with UPDATE_TRANSCRIPTS=1 cargo test -p custody-api transcripts`);
  return t;
}

/** Operations that change nothing: read again as often as a screen likes. */
export const READS: ReadonlySet<string> = new Set<keyof Operations>([
  "products",
  "locations",
  "partners",
  "sign_in_users",
  "users",
  "user_history",
  "stock",
  "summary",
  "unit_history",
  "lot_history",
  "decode_scan",
  "decode_photo",
  "site_settings",
  "pick_list",
  "supplier_orders",
  "movement_rules",
  "scan_setup",
  "shipments",
  "shipment",
  "recalls",
  "recall_reach",
  "preview_recall",
  "count_status",
  "count_variance",
  "count_list",
  "count_lots",
  "attention",
  "shortages",
  "expiring",
  "product_detail",
  "positions",
  "reorder_rules",
  "report_preview",
  "late_entry",
  "backup_folder",
  "verify_ledger",
]);

const isRead = (s: TranscriptStep) => READS.has(s.op);

/** The window's own answer, fixed: the fixture's site on a database at a made-up path. */
export const SITE_NAME = "Pharmacy";

export interface ReplayOptions {
  /** Start at the sign-in screen (the transcript's first sign-in is then typed), instead of
   * signed in as its first sign-in's user. */
  signedOut?: boolean;
  /** Changes to the fixed AppInfo (idle minutes, a failed start-up check…). */
  info?: Partial<AppInfo>;
}

export interface ReplayBackend extends Backend {
  /** Every call made, in order, with its request. */
  calls: Array<{ op: string; request: unknown }>;
  /** Files the screens asked the shell to open. */
  opened: string[];
  /** How often the window asked the shell to start again. */
  restarts: number;
  /** The shell closes the session as idle after `minutes`: the next call is answered signed out. */
  expireSession(minutes: number): void;
  /** Whether every recorded write was made. */
  done(): boolean;
  /** The sync agent tells the window where the site now stands. */
  tellSyncStatus(status: SyncStatus): void;
  /** The sync agent tells the window the hub's open alarms after a pull. */
  tellHubAlarms(alarms: HubAlarm[]): void;
}

function refusal(step: TranscriptStep): BackendError {
  const e = step.error ?? { code: "api.internal", args: {}, message: "no answer recorded" };
  return new BackendError({ code: e.code, args: e.args as BackendError["args"], message: e.message });
}

/** The step `i` of the recorded flow `name`: a test compares what the screen shows with what
 * the api answered, never with English of its own. */
export function recorded(name: string, i: number): TranscriptStep {
  const step = flow(name).steps[i];
  if (!step) throw new Error(`${name} has no step ${i}`);
  return step;
}

/** A backend replaying `transcript` (see the file's head). */
export function replayBackend(transcript: Transcript, options: ReplayOptions = {}): ReplayBackend {
  const steps = transcript.steps;
  let cursor = 0;
  let actor: User | null = null;
  let idle: number | null = null;
  const syncListeners = new Set<(status: SyncStatus) => void>();
  const alarmListeners = new Set<(alarms: HubAlarm[]) => void>();
  const info: AppInfo = {
    site_name: SITE_NAME,
    site: null,
    database: "/data/custody.db",
    database_choosable: false,
    actor: null,
    language: "en",
    idle_minutes: 10,
    integrity: [],
    integrity_checked: true,
    last_backup: null,
    backup_dir: "/data/backups",
    // A stand-alone site unless a test says otherwise.
    sync: null,
    alarms: [],
    ...options.info,
  };

  const fail = (op: string, request: unknown, why: string) =>
    new Error(
      `${transcript.flow}: the UI asked ${op} ${JSON.stringify(request)}, ${why}. Record the flow with that request (crates/api/tests/it/transcripts.rs, UPDATE_TRANSCRIPTS=1 cargo test -p custody-api transcripts) or fix the UI's request.`,
    );

  /** The step answering `op` with `request` at the cursor, moving the cursor past a write. */
  function answer(op: string, request: unknown): TranscriptStep {
    const matches = (s: TranscriptStep) => s.op === op && sameJson(s.request, request ?? null);
    // Forward, over reads only: the next write, or a read before it.
    for (let i = cursor; i < steps.length; i++) {
      const s = steps[i];
      if (!s) break;
      if (matches(s)) {
        if (!isRead(s)) cursor = i + 1;
        return s;
      }
      if (!isRead(s)) break;
    }
    // Read again: the latest such read since the last write.
    if (READS.has(op)) {
      for (let i = cursor - 1; i >= 0; i--) {
        const s = steps[i];
        if (!s || !isRead(s)) break;
        if (matches(s)) return s;
      }
    }
    const next = steps.slice(cursor).find((s) => !isRead(s));
    throw fail(op, request, next ? `but the next recorded write is ${next.op} ${JSON.stringify(next.request)}` : "which was never recorded here");
  }

  function signIn(username: string, password: string): Promise<User> {
    const step = answer("sign_in", { username, password });
    if (step.error) return Promise.reject(refusal(step));
    actor = step.ok as User;
    idle = null;
    return Promise.resolve(actor);
  }

  if (!options.signedOut) {
    const first = steps.find((s) => s.op === "sign_in");
    const request = first?.request as { username: string; password: string } | undefined;
    if (request) void signIn(request.username, request.password);
  }

  const signedOut = () => {
    const minutes = idle;
    const reason = minutes === null ? "not_signed_in" : "idle";
    const message = minutes === null ? "Nobody is signed in." : `Signed out after ${minutes} minutes without activity.`;
    return new BackendError({ code: SIGNED_OUT, message, args: { reason, minutes: minutes ?? 0 } });
  };
  const isPublic = (op: string) => (PUBLIC_OPERATIONS as readonly string[]).includes(op);

  const backend: ReplayBackend = {
    calls: [],
    opened: [],
    restarts: 0,
    call: (op, request) => {
      backend.calls.push({ op, request });
      if (!actor && !isPublic(op)) return Promise.reject(signedOut());
      try {
        const step = answer(op, request);
        if (step.error) return Promise.reject(refusal(step));
        // The window's site is the database's: once set up, the shell's AppInfo names it.
        if (op === "first_run") info.site_name = (step.ok as SetUp).site.name;
        return Promise.resolve(step.ok as never);
      } catch (e) {
        return Promise.reject(e as Error);
      }
    },
    appInfo: () => Promise.resolve({ ...info, actor, idle_minutes: info.idle_minutes }),
    signIn: (username, password) => {
      try {
        return signIn(username, password);
      } catch (e) {
        return Promise.reject(e as Error);
      }
    },
    signOut: () => {
      actor = null;
      return Promise.resolve();
    },
    backupNow: () => {
      if (!actor) return Promise.reject(signedOut());
      const backup: BackupInfo = { path: "/data/backups/custody-20261130-090000.db", taken: "20261130-090000", bytes: 4096 };
      info.last_backup = backup;
      return Promise.resolve(backup);
    },
    openFile: (path) => {
      if (!actor) return Promise.reject(signedOut());
      backend.opened.push(path);
      return Promise.resolve();
    },
    // The shell's rule (a folder holds custody.db; tests/first_run.rs checks its refusals).
    chooseDatabase: (path) => Promise.resolve(path.toLowerCase().endsWith(".db") ? path : `${path.replace(/\/$/, "")}/custody.db`),
    restart: () => {
      backend.restarts += 1;
      return Promise.resolve();
    },
    // No test camera: the camera view opens the (absent) computer's camera.
    cameraTestSource: () => Promise.resolve(null),
    onProgress: () => () => {},
    // The sync agent's changes: a test tells them with `tellSyncStatus`.
    onSyncStatus: (listener) => {
      syncListeners.add(listener);
      return () => void syncListeners.delete(listener);
    },
    tellSyncStatus: (status) => {
      for (const listener of syncListeners) listener(status);
    },
    // The alarms the agent pulled: a test tells them with `tellHubAlarms`.
    onHubAlarms: (listener) => {
      alarmListeners.add(listener);
      return () => void alarmListeners.delete(listener);
    },
    tellHubAlarms: (alarms) => {
      for (const listener of alarmListeners) listener(alarms);
    },
    expireSession: (minutes) => {
      actor = null;
      idle = minutes;
    },
    done: () => steps.slice(cursor).every(isRead),
  };
  return backend;
}
