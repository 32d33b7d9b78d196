// The Backend over IPC: custody-api's operations through the shell's one generic command, typed
// by the generated `Operations` interface; the shell's own commands (not yet in the api's list)
// by name.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  AppInfo,
  Attention,
  BackupInfo,
  CountApplied,
  CountInfo,
  CountScan,
  DecodedScan,
  ExpiryLine,
  OutcomeForm,
  OutcomeRecorded,
  Page,
  PageQuery,
  Position,
  ProductDetail,
  Recall,
  Variance,
  Document,
  FirstRun,
  LedgerCheck,
  Location,
  Operations,
  NewRecallForm,
  Partner,
  Reach,
  RecallCreated,
  RecallListItem,
  ReportForm,
  SavedReport,
  Shipment,
  ShipmentSummary,
  SignInUser,
  StockQuery,
  StockRow,
  UnitHistory,
  UnitQuery,
  User,
  NewUserForm,
  RuleForm,
} from "../bindings";
import { BackendError, isApiError, type Backend } from "./backend";

async function ipc<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isApiError(e)) throw new BackendError(e);
    throw new BackendError({ code: "api.internal", message: String(e), args: { reason: String(e) } });
  }
}

/** Calls the operation `op` of custody-api's list with its request; the answer is its response. */
export function call<K extends keyof Operations>(op: K, request: Operations[K]["request"]): Promise<Operations[K]["response"]> {
  return ipc<Operations[K]["response"]>("call", { op, request });
}

/** A command of the shell's own, by name. */
const command = ipc;

export const tauriBackend: Backend = {
  appInfo: () => command<AppInfo>("app_info"),
  signIn: (username: string, password: string) => command<User>("sign_in", { username, password }),
  signOut: async () => {
    await command<null>("sign_out");
  },
  signInUsers: () => command<SignInUser[]>("sign_in_users"),
  verifyLedger: () => command<LedgerCheck>("verify_ledger"),
  backupNow: () => command<BackupInfo>("backup_now"),
  setBackupFolder: (folder: string) => command<string>("set_backup_folder", { folder }),
  stockPage: (query: StockQuery) => command<StockRow[]>("stock_page", { query }),
  locations: () => command<Location[]>("locations"),
  partners: () => command<Partner[]>("partners"),
  attention: () => command<Attention>("attention"),
  scan: (request) => call("scan", request),
  movementRules: (movement) => call("movement_rules", movement),
  siteSettings: () => call("site_settings", null),
  setSiteSettings: (settings) => call("set_site_settings", settings),
  unitHistory: (query: UnitQuery) => command<UnitHistory>("unit_history", { query }),
  recalls: () => command<RecallListItem[]>("recalls"),
  recallReach: (number: string) => command<Reach>("recall_reach", { number }),
  createRecall: (form: NewRecallForm) => command<RecallCreated>("create_recall", { form }),
  reportPreview: (form: ReportForm) => command<Document>("report_preview", { form }),
  saveReport: (form: ReportForm, file: string, overwrite: boolean) =>
    command<SavedReport>("save_report", { form, file, overwrite }),
  openFile: async (path: string) => {
    await command<null>("open_file", { path });
  },
  firstRun: async (setup: FirstRun) => {
    await command<null>("first_run", { setup });
  },
  shortages: (page: PageQuery) => command<Page<Position>>("shortages", { page }),
  expiring: (page: PageQuery) => command<Page<ExpiryLine>>("expiring", { page }),
  countStart: (location: string, blind: boolean) => command<CountInfo>("count_start", { location, blind }),
  countScan: (id: number, raw: string, quantity: number | null) => command<CountScan>("count_scan", { id, raw, quantity }),
  countFinish: (id: number) => command<Variance>("count_finish", { id }),
  countApply: (id: number, reason: string, password: string) => command<CountApplied>("count_apply", { id, reason, password }),
  recallOutcome: (number: string, form: OutcomeForm) => command<OutcomeRecorded>("recall_outcome", { number, form }),
  recallClose: (number: string, password: string, note: string | null) => command<Recall>("recall_close", { number, password, note }),
  decodeScan: (raw: string) => command<DecodedScan>("decode_scan", { raw }),
  productDetail: (gtin: string) => command<ProductDetail>("product_detail", { gtin }),
  openShipments: () => command<ShipmentSummary[]>("open_shipments"),
  addLocation: (code: string, name: string, kind: string) => command<Location>("add_location", { code, name, kind }),
  addPartner: (code: string, name: string, kind: string, gln: string | null) => command<Partner>("add_partner", { code, name, kind, gln }),
  importCsv: (what: "products" | "reorder_rules", csv: string) => command<number>("import_csv", { what, csv }),
  users: () => command<User[]>("users"),
  addUser: (form: NewUserForm) => command<User>("add_user", { form }),
  setUserActive: (username: string, active: boolean) => command<User>("set_user_active", { username, active }),
  resetPassword: async (username: string, password: string, passwordAgain: string) => {
    await command<null>("reset_password", { username, password, passwordAgain });
  },
  alertWindows: async () => (await call("site_settings", null)).alert_windows,
  chooseDatabase: (path: string) => command<string>("choose_database", { path }),
  importShipment: (fileName: string, text: string, supplier: string | null) =>
    command<Shipment>("import_shipment", { fileName, text, supplier }),
  setReorderRule: async (rule: RuleForm) => {
    await command<null>("set_reorder_rule", { rule });
  },
  restart: async () => {
    await command<null>("restart");
  },
  shipment: (id: number) => command<Shipment>("shipment", { id }),
  onProgress: (listener: (message: string) => void) => {
    const unlisten = listen<string>("progress", (e) => listener(e.payload));
    return () => void unlisten.then((stop) => stop());
  },
};
