// A test double of the backend, with the same filtering and paging contract as core.
import type {
  AppInfo,
  Document,
  HistoryEntry,
  LedgerCheck,
  Location,
  Movement,
  MovementRules,
  Partner,
  Reach,
  RecallListItem,
  Shipment,
  SiteSettings,
  StockQuery,
  StockRow,
  UnitStatus,
  User,
  Verdict,
} from "../bindings";
import { BEFORE_SIGN_IN, BackendError, SIGNED_OUT, type Backend } from "./backend";

/** The password every fake user has. */
export const FAKE_PASSWORD = "custody-demo";

export interface FakeData {
  info: AppInfo;
  ledger: LedgerCheck;
  users: User[];
  locations: Location[];
  stock: StockRow[];
  partners: Partner[];
  /** Packs by serial: where they are, and their events (the fake's ledger). */
  packs: Map<string, FakePack>;
  recalls: RecallListItem[];
  shipments: Shipment[];
}

export interface FakePack {
  gtin: string;
  serial: string;
  lot: string | null;
  status: UnitStatus;
  location: string | null;
  events: HistoryEntry[];
}

const GS = String.fromCharCode(29);

/** The AIs of a GS1 element string the fake understands: 01, 17, 10, 21; each of the site's
 * `substitutes` stands for the group separator, as core reads them. */
function parseAis(raw: string, substitutes: string[] = []): Record<string, string> {
  const s = substitutes.reduce((t, sub) => t.split(sub).join(GS), raw).replace(/^\]d2/, "");
  const out: Record<string, string> = {};
  let i = 0;
  while (i + 2 <= s.length) {
    const ai = s.slice(i, i + 2);
    i += 2;
    const fixed = ai === "01" ? 14 : ai === "17" ? 6 : 0;
    let end = fixed ? i + fixed : s.indexOf(GS, i);
    if (end < 0) end = s.length;
    out[ai] = s.slice(i, end);
    i = end + (s[end] === GS ? 1 : 0);
  }
  return out;
}

/** Sorts rows by one of their fields, as the backend sorts a list by a column (stable). */
function sortBy<T extends object>(rows: T[], key: string | null, descending: boolean) {
  if (!key) return;
  const field = key as keyof T;
  rows.sort((a, b) => {
    const x = a[field];
    const y = b[field];
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });
}

/** What a movement needs, as custody-api's `movement_rules` says. */
export function movementRules(movement: Movement): MovementRules {
  return {
    movement,
    needs_reason: movement === "quarantine" || movement === "destroy",
    needs_destination: movement === "transfer",
    needs_partner: movement === "return_to_supplier",
    signature: movement === "destroy" ? "performed" : movement === "release" ? "approved" : null,
  };
}

/** The refusal custody-api gives settings no scanner or receipt could work with, if any. */
function checkSettings(s: SiteSettings): BackendError | null {
  for (const sub of s.scanner.gs_substitutes) {
    const single = [...sub].length === 1 && /^[A-Za-z0-9!"%&'()*+,\-./:;<=>?_]$/.test(sub);
    if (!sub.trim() || sub.includes(" ") || /\p{Cc}/u.test(sub) || single) {
      return new BackendError({
        code: "settings.gs_substitute_unusable",
        message: `'${sub}' cannot stand for the group separator: a GS1 code can contain it.`,
        args: { field: "gs_substitutes", substitute: sub },
      });
    }
  }
  if (!Number.isInteger(s.short_dated_days) || s.short_dated_days < 0 || s.short_dated_days > 3650) {
    return new BackendError({ code: "settings.short_dated_days_out_of_range", message: "The short-dated window is from 0 to 3650 days.", args: { field: "short_dated_days", days: s.short_dated_days, max: 3650 } });
  }
  if (!Number.isInteger(s.price_tolerance_percent) || s.price_tolerance_percent < 0 || s.price_tolerance_percent > 1000) {
    return new BackendError({ code: "settings.price_tolerance_out_of_range", message: "The price tolerance is from 0 to 1000 %.", args: { field: "price_tolerance_percent", percent: s.price_tolerance_percent, max: 1000 } });
  }
  const w = s.alert_windows;
  if (!w.length || w.length > 5 || w.some((n) => !Number.isInteger(n) || n < 1 || n > 3650)) {
    return new BackendError({ code: "invalid", message: "windows: one to five windows, each from 1 to 3650 days", args: { field: "windows" } });
  }
  return null;
}

function verdict(level: Verdict["verdict"], code: Verdict["code"], message: string, pack?: Partial<Verdict>): Verdict {
  return {
    verdict: level,
    code,
    message,
    findings: [{ level, code, message }],
    gtin: null,
    product: null,
    serial: null,
    lot: null,
    expiry: null,
    quantity: 1,
    recorded: null,
    ...pack,
  };
}

/** What the fake adds for tests: the stock queries seen, restarts, the files in the reports
 * folder, and the shell's idle sign-out on demand. */
export interface FakeControls {
  calls: StockQuery[];
  restarts(): number;
  /** File names in the reports folder; saving one of them again needs `overwrite`. */
  reportFiles: Set<string>;
  /** The shell closes the session as if `minutes` went by without a command. */
  expireSession(minutes: number): void;
}

/** The shell's answer to `appInfo`: before sign-in only what the sign-in screen needs (a
 * database not yet set up also says where it is, for its first run). */
function visibleInfo(info: AppInfo): AppInfo {
  // The fake keeps the site in full; its name is derived, so a test that clears the site gets
  // a database that is not set up.
  const site_name = info.site?.name ?? null;
  if (info.actor) return { ...info, site_name };
  return {
    ...info,
    site_name,
    site: null,
    database: site_name ? null : info.database,
    summary: null,
    integrity: info.integrity.length > 0 ? ["The database file failed its start-up check."] : [],
    last_backup: null,
    backup_dir: null,
  };
}

/** Refuses every call not on the sign-in screen's list while nobody is signed in, as the shell's
 * session gate does, with the idle message once after an idle sign-out. */
function gated(data: FakeData, backend: Backend, idle: { minutes: number | null }): Backend {
  const out = { ...backend };
  for (const name of Object.keys(backend) as Array<keyof Backend>) {
    if (BEFORE_SIGN_IN.includes(name)) continue;
    const call = backend[name] as (...args: unknown[]) => Promise<unknown>;
    // Not `async`: a call that is let through resolves exactly as the ungated one would.
    (out as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (!data.info.actor) {
        const message = idle.minutes === null ? "Sign in first." : `Signed out after ${idle.minutes} minutes without activity.`;
        const args = idle.minutes === null ? { reason: "not_signed_in", minutes: null } : { reason: "idle", minutes: idle.minutes };
        idle.minutes = null;
        return Promise.reject(new BackendError({ code: SIGNED_OUT, message, args }));
      }
      return call(...args);
    };
  }
  return out;
}

export function fakeBackend(data: FakeData): Backend & FakeControls {
  const idle: { minutes: number | null } = { minutes: null };
  const reportFiles = new Set<string>();
  const calls: StockQuery[] = [];
  const counted = new Set<string>();
  const progress: Array<(message: string) => void> = [];
  let settings: SiteSettings = {
    scanner: { gs_substitutes: [], ignore_leading_gs: false, accept_gs1_in_plain_symbol: false },
    alert_windows: [30, 60, 90],
    short_dated_days: 180,
    price_tolerance_percent: 10,
  };
  let restarts = 0;
  let ledgerSeq = 8000;
  const rules = new Map<string, { point: number; par: number }>();
  const say = (message: string) => progress.forEach((l) => l(message));
  const backend: Backend = {
    appInfo: async () => visibleInfo(data.info),
    signIn: async (username, password) => {
      const user = data.users.find((u) => u.username === username);
      if (!user || password !== FAKE_PASSWORD) {
        throw new BackendError({ code: "sign_in_failed", message: "wrong username or password", args: {} });
      }
      data.info.actor = user;
      return user;
    },
    signOut: async () => {
      data.info.actor = null;
    },
    signInUsers: async () => data.users.map((u) => ({ username: u.username, name: u.name })),
    verifyLedger: async () => data.ledger,
    backupNow: async () => {
      const info = { path: `${data.info.backup_dir}/custody-20261122-093000.db`, taken: "20261122-093000", bytes: 4_400_000 };
      data.info.last_backup = info;
      return info;
    },
    setBackupFolder: async (folder) => {
      if (!folder.startsWith("/")) {
        throw new BackendError({ code: "invalid", message: `folder: '${folder}' is not a full path`, args: {} });
      }
      data.info.backup_dir = folder;
      return folder;
    },
    locations: async () => [...data.locations],
    partners: async () => [...data.partners],
    attention: async () => ({
      expired_in_stock: 3,
      expiring_soon: 12,
      soon_days: 30,
      shortages: 4,
      open_recalls: data.recalls.filter((r) => !r.recall.closed_at).length,
      quarantined: [...data.packs.values()].filter((p) => p.status === "quarantined").length,
      suspect: 0,
    }),
    scan: async (request) => {
      const rules = movementRules(request.movement);
      if (rules.signature && !request.password) {
        throw new BackendError({
          code: "movement.signature_required",
          message: "This movement is signed: enter your password.",
          args: { field: "password", meaning: rules.signature },
        });
      }
      const ais = parseAis(request.raw, settings.scanner.gs_substitutes);
      const gtin = ais["01"];
      const serial = ais["21"];
      const lot = ais["10"] ?? null;
      if (!gtin || !serial) return verdict("blocked", "decode_error", "The scan could not be read as a GS1 pack code.");
      const product = data.stock.find((r) => r.gtin === gtin)?.product ?? null;
      const pack = data.packs.get(serial);
      const about = { gtin, serial, lot, product };
      const record = (p: FakePack, status: UnitStatus, location: string | null, kind: HistoryEntry["kind"]) => {
        p.events.push({
          seq: p.events.length + 1,
          event_id: `e-${serial}-${p.events.length}`,
          kind,
          occurred_at: "2026-11-22T09:00:00+01:00",
          recorded_at: "2026-11-22T08:00:00Z",
          actor: data.info.actor?.username ?? "",
          actor_name: data.info.actor?.name ?? "",
          location: request.location,
          counterparty: null,
          reference: request.reference,
          reason: null,
          raw_scan: request.raw,
          serial,
          quantity: 1,
          status_before: p.events.length ? p.status : null,
          status_after: status,
          location_before: p.events.length ? p.location : null,
          location_after: location,
          hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          signature: null,
        });
        p.status = status;
        p.location = location;
        ledgerSeq += 1;
        return { event_id: `e-${serial}-${p.events.length}`, seq: ledgerSeq, status, location, held: false, overridden: false };
      };
      if (request.movement === "receive") {
        const expected = data.shipments.find((x) => x.id === request.shipment);
        const line = expected?.items.find((i) => i.serial === serial);
        if (expected && !line && !pack) {
          const p: FakePack = { gtin, serial, lot, status: "in_stock", location: request.location, events: [] };
          const recorded = record(p, "in_stock", request.location, "receive");
          data.packs.set(serial, p);
          return verdict("warning", "unexpected", `Pack ${serial} is not on shipment ${expected.reference}: received, and reported.`, { ...about, recorded });
        }
        if (line) line.received = 1;
        if (pack) return verdict("blocked", "duplicate_serial", `Pack ${serial} is already in stock at ${pack.location}: a duplicate serial.`, about);
        const p: FakePack = { gtin, serial, lot, status: "in_stock", location: request.location, events: [] };
        const recorded = record(p, "in_stock", request.location, "receive");
        data.packs.set(serial, p);
        return verdict("accepted", "ok", "Received.", { ...about, recorded });
      }
      if (!pack || pack.status !== "in_stock") return verdict("blocked", "not_in_stock", `Pack ${serial} is not in stock.`, about);
      const recorded = record(pack, request.movement === "dispense" ? "dispensed" : pack.status, request.movement === "dispense" ? null : pack.location, "dispense");
      return verdict("accepted", "ok", "Dispensed.", { ...about, recorded });
    },
    unitHistory: async (q) => {
      const serial = q.serial ?? (q.scan ? parseAis(q.scan, settings.scanner.gs_substitutes)["21"] : undefined) ?? "";
      const p = data.packs.get(serial);
      if (!p) throw new BackendError({ code: "not_found", message: `no pack '${q.gtin ?? ""} serial ${serial}'`, args: {} });
      return {
        unit: { gtin: p.gtin, product: "Amoxicillin 500 mg capsules x21", serial: p.serial, lot: p.lot, expiry: "2028-12-31", status: p.status, location: p.location, last_event_seq: p.events.length },
        flags: [],
        events: p.events,
      };
    },
    recalls: async () => data.recalls,
    recallReach: async (number) => {
      const item = data.recalls.find((r) => r.recall.number === number);
      if (!item) throw new BackendError({ code: "not_found", message: `no recall '${number}'`, args: {} });
      const units = [...data.packs.values()]
        .filter((p) => item.recall.scope.some((s) => s.gtin === p.gtin))
        .map((p) => ({
          gtin: p.gtin,
          product: "Amoxicillin 500 mg capsules x21",
          serial: p.serial,
          lot: p.lot,
          expiry: null,
          status: p.status,
          location: p.location,
          since: "2026-11-22T09:00:00+01:00",
          reference: null,
          counterparty: null,
          outcome: null,
          open: true,
        }));
      const reach: Reach = { recall: item.recall, summary: item.summary, units, lots: [], expected: [], not_received: [] };
      return reach;
    },
    createRecall: async (form) => {
      say("Entering the recall and quarantining affected stock…");
      await new Promise((r) => setTimeout(r, 20));
      say("");
      if (!form.number.trim()) throw new BackendError({ code: "invalid", message: "number: give the recall number", args: { field: "number" } });
      let held = 0;
      for (const p of data.packs.values()) {
        if (p.gtin === form.gtin && p.status === "in_stock") {
          p.status = "quarantined";
          held += 1;
        }
      }
      const recall = {
        id: data.recalls.length + 1,
        number: form.number,
        title: form.title,
        class: form.class === "I" ? "I" : "II",
        reason: form.reason,
        instructions: form.instructions || null,
        issuer: form.issuer || null,
        issued_on: "2026-11-22",
        created_at: "2026-11-22T08:00:00Z",
        created_by: data.info.actor?.username ?? "",
        closed_at: null,
        closed_by: null,
        close_meaning: null,
        scope: [{ gtin: form.gtin, lot: null, serial: null }],
      } as const;
      const summary = {
        units: held, in_stock: 0, quarantined: held, dispensed: 0, transferred_out: 0, returned_to_supplier: 0,
        destroyed: 0, missing: 0, lot_quantity_held: 0, lot_quantity_issued: 0, expected: 0, not_received: 0, open: held,
      };
      data.recalls.push({ recall: { ...recall, scope: [...recall.scope] }, summary });
      return { recall: { ...recall, scope: [...recall.scope] }, hold: { units: held, lot_quantity: 0, events: 1 } };
    },
    reportPreview: async (form) => fakeDocument(data, form.kind),
    saveReport: async (form, file, overwrite) => {
      const path = `/tmp/reports/${file}`;
      if (reportFiles.has(file) && !overwrite) {
        throw new BackendError({ code: "files.exists", message: `${path} already exists: confirm to replace it, or choose another name`, args: { path } });
      }
      reportFiles.add(file);
      return { path, bytes: 754_000, title: fakeDocument(data, form.kind).title };
    },
    openFile: async () => undefined,
    shortages: async (q) => {
      const rows = data.stock
        .filter((r) => !q.location || r.location === q.location)
        .map((r) => ({
          gtin: r.gtin, product: r.product, location: r.location, on_hand: r.in_stock, quarantined: r.quarantined,
          expired_in_stock: 0, usable_cover: r.in_stock, will_expire_unused: 0, daily_consumption: 2, days_of_cover: r.in_stock / 2,
          stockout_on: "2026-11-29", reorder_point: 20, par_level: 40, lead_time_days: 7, shortage: "below the reorder point",
          suggested_order: 40 - r.in_stock,
        }));
      sortBy(rows, q.sort === "days_of_cover" ? null : q.sort, q.descending);
      return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
    },
    expiring: async (q) => {
      const rows = data.stock
        .filter((r) => !q.location || r.location === q.location)
        .map((r, i) => ({
          gtin: r.gtin, product: r.product, lot: `L${i}`, location: r.location, expiry: i === 0 ? "2026-11-01" : "2026-12-20",
          days_left: i === 0 ? -21 : 28, window: i === 0 ? 0 : 30, quantity: r.in_stock, value_cents: 1250 * r.in_stock,
        }));
      sortBy(rows, q.sort, q.descending);
      return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
    },
    countStart: async (location, blind) => ({
      id: 1, location, status: "open", blind, products: [], started_at: "2026-11-22T08:00:00Z",
      started_by: data.info.actor?.username ?? "", expected_units: blind ? null : data.packs.size, counted_units: 0, counted_lot_quantity: 0,
    }),
    countScan: async (_id, raw) => {
      const serial = parseAis(raw, settings.scanner.gs_substitutes)["21"] ?? "";
      counted.add(serial);
      const known = data.packs.has(serial);
      return {
        code: known ? "counted" : "not_received", recorded: true,
        message: known ? `Pack ${serial} counted.` : `Pack ${serial} was never received here.`,
        gtin: parseAis(raw, settings.scanner.gs_substitutes)["01"] ?? null, serial, lot: null, counted_units: counted.size,
      };
    },
    countFinish: async () => ({
      count: { id: 1, location: "MAIN", status: "finished", blind: false, products: [], started_at: "2026-11-22T08:00:00Z", started_by: "admin", expected_units: data.packs.size, counted_units: counted.size, counted_lot_quantity: 0 },
      found: [...data.packs.keys()].filter((s) => counted.has(s)).length,
      missing: [...data.packs.values()]
        .filter((p) => !counted.has(p.serial))
        .map((p) => ({ gtin: p.gtin, product: "Amoxicillin 500 mg capsules x21", serial: p.serial, lot: p.lot, expiry: null, status: p.status, location: p.location })),
      unexpected: [], wrong_status: [], not_received: [], left_during_count: [], arrived_not_counted: [], lots: [],
    }),
    countApply: async (_id, _reason, password) => {
      if (password !== FAKE_PASSWORD) throw new BackendError({ code: "sign_in_failed", message: "wrong password", args: {} });
      return { missing: 1, moved_here: 0, quarantined: 0, found_again: 0, lot_added: 0, lot_removed: 0, events: ["e1"] };
    },
    recallOutcome: async (number) => {
      const item = data.recalls.find((r) => r.recall.number === number);
      const n = item?.summary.open ?? 0;
      if (item) item.summary = { ...item.summary, open: 0 };
      return { units: n, lot_quantity: 0, events: [], still_open: 0 };
    },
    recallClose: async (number, password) => {
      const item = data.recalls.find((r) => r.recall.number === number);
      if (!item) throw new BackendError({ code: "not_found", message: `no recall '${number}'`, args: {} });
      if (password !== FAKE_PASSWORD) throw new BackendError({ code: "sign_in_failed", message: "wrong password", args: {} });
      item.recall = { ...item.recall, closed_at: "2026-11-22T09:30:00Z", closed_by: "Demo Administrator (admin)", close_meaning: "approved" };
      return item.recall;
    },
    decodeScan: async (raw) => {
      const ais = parseAis(raw, settings.scanner.gs_substitutes);
      return {
        sent: raw.split(GS).join("⟨GS⟩"),
        length: raw.length,
        symbology: raw.startsWith("]d2") ? "DataMatrix (ElementString)" : "None (ElementString)",
        gtin: ais["01"] ?? null, serial: ais["21"] ?? null, lot: ais["10"] ?? null, expiry: ais["17"] ? "2028-12-31" : null,
        elements: Object.entries(ais).map(([ai, value]) => ({ ai, title: ai === "01" ? "GTIN" : ai === "21" ? "SERIAL" : ai === "10" ? "BATCH/LOT" : "USE BY OR EXPIRY", value })),
        warnings: raw.startsWith("]") ? [] : ["No symbology identifier: the data was recognised by its shape."],
        error: ais["01"] ? null : "not a GS1 code",
      };
    },
    onProgress: (listener) => {
      progress.push(listener);
      return () => progress.splice(progress.indexOf(listener), 1);
    },
    addLocation: async (code, name, kind) => {
      if (data.locations.some((l) => l.code === code)) throw new BackendError({ code: "duplicate", message: `location '${code}' already exists`, args: {} });
      const l = { id: data.locations.length + 1, site_id: 1, code, name, kind: kind as Location["kind"] };
      data.locations.push(l);
      return l;
    },
    addPartner: async (code, name, kind, gln) => {
      const p = { id: data.partners.length + 1, code, name, kind: kind as Partner["kind"], gln };
      data.partners.push(p);
      return p;
    },
    importCsv: async (_what, csv) => {
      const lines = csv.trim().split("\n").slice(1);
      const bad = lines.map((l, i) => ({ line: i + 2, l })).filter(({ l }) => !/^\d{14},/.test(l));
      if (bad.length) {
        throw new BackendError({
          code: "import",
          message: `the file has ${bad.length} problem(s); nothing was imported`,
          args: { problems: bad.map(({ line }) => ({ line, field: "gtin", message: "not a GTIN" })) },
        });
      }
      return lines.length;
    },
    users: async () => data.users.map((u) => ({ ...u })),
    addUser: async (form) => {
      if (data.users.some((u) => u.username === form.username)) throw new BackendError({ code: "duplicate", message: `user '${form.username}' already exists`, args: {} });
      if (form.password !== form.password_again) throw new BackendError({ code: "invalid", message: "The two passwords differ.", args: { field: "password_again" } });
      if (form.password.length < 8) throw new BackendError({ code: "invalid", message: "a password needs at least 8 characters", args: { field: "password" } });
      const u: User = { id: data.users.length + 1, username: form.username, name: form.name, role: form.role as User["role"], active: true };
      data.users.push(u);
      return { ...u };
    },
    setUserActive: async (username, active) => {
      const u = data.users.find((x) => x.username === username);
      if (!u) throw new BackendError({ code: "not_found", message: `no user '${username}'`, args: {} });
      if (!active && username === "admin") throw new BackendError({ code: "invalid", message: "you cannot disable yourself", args: { field: "user" } });
      u.active = active;
      return { ...u };
    },
    resetPassword: async (_username, password, again) => {
      if (password !== again) throw new BackendError({ code: "invalid", message: "The two passwords differ.", args: { field: "password_again" } });
    },
    alertWindows: async () => [...settings.alert_windows],
    movementRules: async (movement) => movementRules(movement),
    siteSettings: async () => structuredClone(settings),
    setSiteSettings: async (next) => {
      const role = data.info.actor?.role;
      if (role !== "admin" && role !== "manager") {
        throw new BackendError({ code: "forbidden", message: "Only inventory managers and administrators may change the site's settings.", args: {} });
      }
      const refused = checkSettings(next);
      if (refused) throw refused;
      settings = structuredClone({ ...next, alert_windows: [...new Set(next.alert_windows)].sort((a, b) => a - b) });
      return structuredClone(settings);
    },
    importShipment: async (fileName, text, supplier) => {
      // CSV only: gtin,serial,lot,expiry,quantity,po with a header line.
      const lines = text.trim().split("\n").slice(1);
      const bad = lines.map((l, i) => ({ line: i + 2, l })).filter(({ l }) => !/^\d{14},/.test(l));
      if (!lines.length || bad.length) {
        throw new BackendError({
          code: "import",
          message: `${fileName}: ${bad.length || 1} problem(s); nothing was imported`,
          args: { problems: (bad.length ? bad : [{ line: 1 }]).map(({ line }) => ({ line, field: "gtin", message: "not a GTIN" })) },
        });
      }
      const items = lines.map((l, i) => {
        const [gtin = "", serial = "", lot = "", expiry = "", quantity = "1", po = ""] = l.split(",");
        return { line: i + 1, gtin, serial: serial || null, lot: lot || null, expiry: expiry || null, quantity: Number(quantity), po: po || null, received: 0 };
      });
      const sh: Shipment = {
        id: data.shipments.length + 100, reference: fileName.replace(/\.[^.]*$/, ""), supplier, source: "csv",
        closed_at: null, discrepancy: null, expected: items.length, matched: 0, items, discrepancies: [],
      };
      data.shipments.push(sh);
      return { ...sh, items: sh.items.map((i) => ({ ...i })) };
    },
    setReorderRule: async (rule) => {
      const point = Number(rule.reorder_point);
      const par = Number(rule.par_level);
      if (!Number.isInteger(point) || point < 0) throw new BackendError({ code: "invalid", message: `'${rule.reorder_point}' is not a whole number of packs or days`, args: { field: "reorder_point" } });
      if (!(par >= point)) throw new BackendError({ code: "invalid", message: "the par level must be at least the reorder point", args: { field: "par_level" } });
      rules.set(`${rule.gtin}|${rule.location}`, { point, par });
    },
    chooseDatabase: async (path) => {
      if (!path.startsWith("/")) throw new BackendError({ code: "invalid", message: `'${path}' is not a full path`, args: { field: "path" } });
      return path.endsWith(".db") ? path : `${path}/custody.db`;
    },
    restart: async () => {
      restarts += 1;
    },
    openShipments: async () =>
      data.shipments.map((sh) => ({
        id: sh.id, reference: sh.reference, closed_at: null, lines: sh.items.length,
        received: sh.items.filter((i) => i.received >= i.quantity).length,
      })),
    shipment: async (id) => {
      const sh = data.shipments.find((x) => x.id === id);
      if (!sh) throw new BackendError({ code: "not_found", message: `no shipment ${id}`, args: {} });
      return { ...sh, matched: sh.items.filter((i) => i.received >= i.quantity).length, items: sh.items.map((i) => ({ ...i })) };
    },
    productDetail: async (gtin) => {
      const rows = data.stock.filter((r) => r.gtin === gtin);
      const first = rows[0];
      if (!first) throw new BackendError({ code: "not_found", message: `no product '${gtin}'`, args: {} });
      return {
        tracking: first.tracking,
        product: { tracking: first.tracking, gtin, name: first.product, generic_name: "amoxicillin", form: "capsule", strength: "500 mg", pack_size: 21, manufacturer: "Acme Pharma", contract_price_cents: 420, storage: null, controlled: false, ndc: null, pzn: null, cip: null },
        positions: rows.map((r) => ({
          gtin, product: r.product, location: r.location, on_hand: r.in_stock, quarantined: r.quarantined, expired_in_stock: 0,
          usable_cover: r.in_stock, will_expire_unused: 0, daily_consumption: 1.5, days_of_cover: r.in_stock / 1.5, stockout_on: "2026-11-30",
          reorder_point: rules.get(`${gtin}|${r.location}`)?.point ?? 10, par_level: rules.get(`${gtin}|${r.location}`)?.par ?? 30,
          lead_time_days: 7, shortage: null, suggested_order: 0,
        })),
        lots: rows.map((r, i) => ({ location: r.location, lot: `L${i}`, expiry: r.earliest_expiry, in_stock: r.in_stock, quarantined: r.quarantined })),
        consumption: [
          { day: "2026-11-20", quantity: 2 },
          { day: "2026-11-21", quantity: 1 },
          { day: "2026-11-22", quantity: 3 },
        ],
      };
    },
    firstRun: async (setup) => {
      if (setup.password !== setup.password_again) throw new BackendError({ code: "invalid", message: "The two passwords differ.", args: {} });
      if (data.info.site) throw new BackendError({ code: "forbidden", message: "This database is already set up: sign in instead.", args: {} });
      data.info.site = { id: 1, code: setup.site_code || "DEMO", name: setup.demo ? "St. Example General Hospital" : setup.site_name, gln: null };
    },
    stockPage: async (q) => {
      calls.push(q);
      const search = q.search?.toLowerCase() ?? "";
      return data.stock
        .filter((r) => !q.location || r.location === q.location)
        .filter((r) => !search || r.product.toLowerCase().includes(search) || r.gtin.includes(search))
        .slice(q.offset, q.offset + q.limit);
    },
  };
  return Object.assign(gated(data, backend, idle), {
    calls,
    restarts: () => restarts,
    reportFiles,
    expireSession: (minutes: number) => {
      data.info.actor = null;
      idle.minutes = minutes;
    },
  });
}

function fakeDocument(data: FakeData, kind: string): Document {
  return {
    kind: "stock-on-hand",
    title: kind === "stock-on-hand" ? "Stock on hand" : kind,
    banner: null,
    site: data.info.site?.name ?? "",
    generated_at: "2026-11-22 09:00 (UTC+01:00)",
    generated_by: `${data.info.actor?.name ?? ""} (${data.info.actor?.username ?? ""})`,
    covers: "stock at every location; ledger up to event 8,000",
    blocks: [
      { type: "facts", facts: [{ label: "In stock", value: "33" }] },
      {
        type: "table",
        name: "MAIN — Main pharmacy",
        columns: [
          { title: "Product", width: 30, numeric: false, checkbox: false },
          { title: "In stock", width: 8, numeric: true, checkbox: false },
        ],
        rows: data.stock.map((r) => [r.product, String(r.in_stock)]),
        empty: "No stock.",
      },
    ],
  };
}

export function sampleData(rows = 3): FakeData {
  const stock: StockRow[] = Array.from({ length: rows }, (_, i) => ({
    gtin: `0950600013${String(4352 + i).padStart(4, "0")}`,
    product: i === 0 ? "Amoxicillin 500 mg capsules x21" : `Product ${i}`,
    tracking: "serial",
    location: i % 2 === 0 ? "MAIN" : "WARD-3A",
    location_name: i % 2 === 0 ? "Main pharmacy" : "Ward 3A",
    in_stock: 10 + i,
    quarantined: i === 1 ? 2 : 0,
    earliest_expiry: "2027-05-31",
  }));
  return {
    info: {
      site_name: "St. Example General Hospital",
      site: { id: 1, code: "DEMO", name: "St. Example General Hospital", gln: null },
      database: "/tmp/demo.db",
      database_choosable: true,
      actor: { id: 1, username: "admin", name: "Demo Administrator", role: "admin", active: true },
      idle_minutes: 10,
      summary: { products: 60, locations: 8, units: 3000, units_held: 700, events: 8000 },
      integrity: [],
      integrity_checked: true,
      last_backup: { path: "/tmp/backups/custody-20261122-020000.db", taken: "20261122-020000", bytes: 4_300_000 },
      backup_dir: "/tmp/backups",
    },
    ledger: { intact: true, events: 8000, units: 3000, problems: [], total_problems: 0 },
    users: [
      { id: 1, username: "admin", name: "Demo Administrator", role: "admin", active: true },
      { id: 2, username: "amira", name: "Amira Haddad", role: "staff", active: true },
    ],
    locations: [
      { id: 1, site_id: 1, code: "MAIN", name: "Main pharmacy", kind: "pharmacy" },
      { id: 2, site_id: 1, code: "WARD-3A", name: "Ward 3A", kind: "ward" },
    ],
    stock,
    partners: [{ id: 1, code: "MEDIDIST", name: "MediDist Wholesale", kind: "distributor", gln: null }],
    packs: new Map(),
    recalls: [],
    shipments: [
      {
        id: 7,
        reference: "DESADV-7",
        supplier: "MEDIDIST",
        source: "epcis",
        closed_at: null,
        discrepancy: null,
        expected: 3,
        matched: 0,
        items: ["S701", "S702", "S703"].map((serial, i) => ({
          line: i + 1, gtin: "09506000134352", serial, lot: "L1", expiry: "2028-12-31", quantity: 1, po: "PO-7", received: 0,
        })),
        discrepancies: [],
      },
    ],
  };
}
