// The one interface the UI talks to. `tauri.ts` implements it over IPC (custody-api's operations
// through one typed `call`, the shell's own commands by name); `fake.ts` is the test double.
import type {
  ApiError,
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
  Movement,
  MovementRules,
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
  SiteSettings,
  StockQuery,
  StockRow,
  UnitHistory,
  UnitQuery,
  User,
  Verdict,
  NewUserForm,
  RuleForm,
} from "../bindings";

export interface Backend {
  appInfo(): Promise<AppInfo>;
  signIn(username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  signInUsers(): Promise<SignInUser[]>;
  verifyLedger(): Promise<LedgerCheck>;
  backupNow(): Promise<BackupInfo>;
  setBackupFolder(folder: string): Promise<string>;
  stockPage(query: StockQuery): Promise<StockRow[]>;
  locations(): Promise<Location[]>;
  partners(): Promise<Partner[]>;
  attention(): Promise<Attention>;
  /** One scan of a movement (custody-api's `scan`): decoded with the site's scanner settings,
   * checked, and recorded unless blocked. */
  scan(request: ScanRequest): Promise<Verdict>;
  /** What a movement needs before the first scan: a reason, a destination, a partner, a
   * signature (and its meaning). The scan screen asks for exactly these. */
  movementRules(movement: Movement): Promise<MovementRules>;
  /** The site's settings: scanners, receipts' limits, expiry alert windows. */
  siteSettings(): Promise<SiteSettings>;
  /** Changes them (inventory managers, administrators); answers them as stored. A refusal names
   * the field at fault in `args.field`. */
  setSiteSettings(settings: SiteSettings): Promise<SiteSettings>;
  unitHistory(query: UnitQuery): Promise<UnitHistory>;
  recalls(): Promise<RecallListItem[]>;
  recallReach(number: string): Promise<Reach>;
  createRecall(form: NewRecallForm): Promise<RecallCreated>;
  reportPreview(form: ReportForm): Promise<Document>;
  /** Saves a report into the reports folder. An existing file fails with code `files.exists`
   * unless `overwrite`, which the UI sets only after the person confirmed; the open database is
   * refused (`files.open_database`) whatever is set. */
  saveReport(form: ReportForm, file: string, overwrite: boolean): Promise<SavedReport>;
  openFile(path: string): Promise<void>;
  firstRun(setup: FirstRun): Promise<void>;
  shortages(page: PageQuery): Promise<Page<Position>>;
  expiring(page: PageQuery): Promise<Page<ExpiryLine>>;
  countStart(location: string, blind: boolean): Promise<CountInfo>;
  countScan(id: number, raw: string, quantity: number | null): Promise<CountScan>;
  countFinish(id: number): Promise<Variance>;
  countApply(id: number, reason: string, password: string): Promise<CountApplied>;
  recallOutcome(number: string, form: OutcomeForm): Promise<OutcomeRecorded>;
  recallClose(number: string, password: string, note: string | null): Promise<Recall>;
  decodeScan(raw: string): Promise<DecodedScan>;
  productDetail(gtin: string): Promise<ProductDetail>;
  openShipments(): Promise<ShipmentSummary[]>;
  addLocation(code: string, name: string, kind: string): Promise<Location>;
  addPartner(code: string, name: string, kind: string, gln: string | null): Promise<Partner>;
  /** Imports `products` or `reorder_rules` from a CSV file's text; all lines or none. */
  importCsv(what: "products" | "reorder_rules", csv: string): Promise<number>;
  shipment(id: number): Promise<Shipment>;
  users(): Promise<User[]>;
  addUser(form: NewUserForm): Promise<User>;
  setUserActive(username: string, active: boolean): Promise<User>;
  resetPassword(username: string, password: string, passwordAgain: string): Promise<void>;
  /** The site's expiry alert windows in days, smallest first (part of the site's settings). */
  alertWindows(): Promise<number[]>;
  /** First run: keep the database in this folder (or open the Custody database file there)
   * from the next start; returns the file. */
  chooseDatabase(path: string): Promise<string>;
  /** Imports a supplier's despatch advice (EPCIS JSON or XML, or CSV, as text) as an expected
   * shipment: all lines or none. */
  importShipment(fileName: string, text: string, supplier: string | null): Promise<Shipment>;
  /** Sets (or replaces) a product's reorder rule at a location. */
  setReorderRule(rule: RuleForm): Promise<void>;
  /** Starts the app again. */
  restart(): Promise<void>;
  /** Progress of long work (a large recall, a report), as sentences; "" when it is done. */
  onProgress(listener: (message: string) => void): () => void;
}

/** An error from the backend: custody-api's refusal, with the stable code the UI may branch on
 * and its arguments (`field`: the form field at fault; `problems`: a refused file's problems;
 * `path`: the file a refusal is about). The UI never matches the message. */
export class BackendError extends Error {
  readonly code: string;
  readonly args: ApiError["args"];

  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    this.args = e.args;
  }

  /** The form field at fault, when the refusal names one. */
  get field(): string | null {
    const f = this.args.field;
    return typeof f === "string" ? f : null;
  }
}

/** The code of every answer given because nobody is signed in (or the session went idle); its
 * `args.reason` is `idle` or `not_signed_in`, `args.minutes` the idle minutes. */
export const SIGNED_OUT = "session.signed_out";

/** The commands answered before anyone signs in (the shell's `BEFORE_SIGN_IN`); the fake refuses
 * every other one without a session, as the shell does. */
export const BEFORE_SIGN_IN: ReadonlyArray<keyof Backend> = [
  "appInfo",
  "signInUsers",
  "signIn",
  "signOut",
  "firstRun",
  "chooseDatabase",
  "restart",
  "onProgress",
];

/** `backend`, telling `onSignedOut` about every call the shell answered with "signed out" (the
 * error is still thrown to the caller). */
export function watchSignedOut(backend: Backend, onSignedOut: (e: BackendError) => void): Backend {
  return new Proxy(backend, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((e: unknown) => {
          if (e instanceof BackendError && e.code === SIGNED_OUT) onSignedOut(e);
          throw e;
        });
      };
    },
  });
}

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e && "args" in e;
}
