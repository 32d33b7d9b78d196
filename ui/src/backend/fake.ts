// A test double of the backend, with the same filtering and paging contract as core.
import type { AppInfo, LedgerCheck, Location, StockQuery, StockRow, User } from "../bindings";
import { BackendError, type Backend } from "./backend";

/** The password every fake user has. */
export const FAKE_PASSWORD = "custody-demo";

export interface FakeData {
  info: AppInfo;
  ledger: LedgerCheck;
  users: User[];
  locations: Location[];
  stock: StockRow[];
}

export function fakeBackend(data: FakeData): Backend & { calls: StockQuery[] } {
  const calls: StockQuery[] = [];
  return {
    calls,
    appInfo: async () => ({ ...data.info }),
    signIn: async (username, password) => {
      const user = data.users.find((u) => u.username === username);
      if (!user || password !== FAKE_PASSWORD) {
        throw new BackendError({ code: "sign_in_failed", message: "wrong username or password", details: null });
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
        throw new BackendError({ code: "invalid", message: `folder: '${folder}' is not a full path`, details: null });
      }
      data.info.backup_dir = folder;
      return folder;
    },
    locations: async () => data.locations,
    stockPage: async (q) => {
      calls.push(q);
      const search = q.search?.toLowerCase() ?? "";
      return data.stock
        .filter((r) => !q.location || r.location === q.location)
        .filter((r) => !search || r.product.toLowerCase().includes(search) || r.gtin.includes(search))
        .slice(q.offset, q.offset + q.limit);
    },
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
      site: { id: 1, code: "DEMO", name: "St. Example General Hospital", gln: null },
      database: "/tmp/demo.db",
      actor: { id: 1, username: "admin", name: "Demo Administrator", role: "admin", active: true },
      idle_minutes: 10,
      summary: { products: 60, locations: 8, units: 3000, units_held: 700, events: 8000 },
      integrity: [],
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
  };
}
