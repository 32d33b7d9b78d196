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
  NewRecallForm,
  Partner,
  Reach,
  RecallCreated,
  RecallListItem,
  ReportForm,
  SavedReport,
  ScanRequest,
  Shipment,
  ShipmentSummary,
  SignInUser,
  StockQuery,
  StockRow,
  UnitHistory,
  UnitQuery,
  User,
  Verdict,
  NewUserForm,
  RuleForm,
} from "../bindings";
import { BackendError, isIpcError, type Backend } from "./backend";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isIpcError(e)) throw new BackendError(e);
    throw new BackendError({ code: "internal", message: String(e), details: null });
  }
}

export const tauriBackend: Backend = {
  appInfo: () => call<AppInfo>("app_info"),
  signIn: (username: string, password: string) => call<User>("sign_in", { username, password }),
  signOut: async () => {
    await call<null>("sign_out");
  },
  signInUsers: () => call<SignInUser[]>("sign_in_users"),
  verifyLedger: () => call<LedgerCheck>("verify_ledger"),
  backupNow: () => call<BackupInfo>("backup_now"),
  setBackupFolder: (folder: string) => call<string>("set_backup_folder", { folder }),
  stockPage: (query: StockQuery) => call<StockRow[]>("stock_page", { query }),
  locations: () => call<Location[]>("locations"),
  partners: () => call<Partner[]>("partners"),
  attention: () => call<Attention>("attention"),
  scan: (request: ScanRequest) => call<Verdict>("scan", { request }),
  unitHistory: (query: UnitQuery) => call<UnitHistory>("unit_history", { query }),
  recalls: () => call<RecallListItem[]>("recalls"),
  recallReach: (number: string) => call<Reach>("recall_reach", { number }),
  createRecall: (form: NewRecallForm) => call<RecallCreated>("create_recall", { form }),
  reportPreview: (form: ReportForm) => call<Document>("report_preview", { form }),
  saveReport: (form: ReportForm, file: string, overwrite: boolean) =>
    call<SavedReport>("save_report", { form, file, overwrite }),
  openFile: async (path: string) => {
    await call<null>("open_file", { path });
  },
  firstRun: async (setup: FirstRun) => {
    await call<null>("first_run", { setup });
  },
  shortages: (page: PageQuery) => call<Page<Position>>("shortages", { page }),
  expiring: (page: PageQuery) => call<Page<ExpiryLine>>("expiring", { page }),
  countStart: (location: string, blind: boolean) => call<CountInfo>("count_start", { location, blind }),
  countScan: (id: number, raw: string, quantity: number | null) => call<CountScan>("count_scan", { id, raw, quantity }),
  countFinish: (id: number) => call<Variance>("count_finish", { id }),
  countApply: (id: number, reason: string, password: string) => call<CountApplied>("count_apply", { id, reason, password }),
  recallOutcome: (number: string, form: OutcomeForm) => call<OutcomeRecorded>("recall_outcome", { number, form }),
  recallClose: (number: string, password: string, note: string | null) => call<Recall>("recall_close", { number, password, note }),
  decodeScan: (raw: string) => call<DecodedScan>("decode_scan", { raw }),
  productDetail: (gtin: string) => call<ProductDetail>("product_detail", { gtin }),
  openShipments: () => call<ShipmentSummary[]>("open_shipments"),
  addLocation: (code: string, name: string, kind: string) => call<Location>("add_location", { code, name, kind }),
  addPartner: (code: string, name: string, kind: string, gln: string | null) => call<Partner>("add_partner", { code, name, kind, gln }),
  importCsv: (what: "products" | "reorder_rules", csv: string) => call<number>("import_csv", { what, csv }),
  users: () => call<User[]>("users"),
  addUser: (form: NewUserForm) => call<User>("add_user", { form }),
  setUserActive: (username: string, active: boolean) => call<User>("set_user_active", { username, active }),
  resetPassword: async (username: string, password: string, passwordAgain: string) => {
    await call<null>("reset_password", { username, password, passwordAgain });
  },
  alertWindows: () => call<number[]>("alert_windows"),
  setAlertWindows: (windows: string) => call<number[]>("set_alert_windows", { windows }),
  chooseDatabase: (path: string) => call<string>("choose_database", { path }),
  importShipment: (fileName: string, text: string, supplier: string | null) =>
    call<Shipment>("import_shipment", { fileName, text, supplier }),
  setReorderRule: async (rule: RuleForm) => {
    await call<null>("set_reorder_rule", { rule });
  },
  restart: async () => {
    await call<null>("restart");
  },
  shipment: (id: number) => call<Shipment>("shipment", { id }),
  onProgress: (listener: (message: string) => void) => {
    const unlisten = listen<string>("progress", (e) => listener(e.payload));
    return () => void unlisten.then((stop) => stop());
  },
};
