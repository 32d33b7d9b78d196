// The one interface the UI talks to: custody-api's operations through one typed `call`, and the
// few commands that are the shell's own (the window, its session, its files). `tauri.ts`
// implements it over IPC; the tests replay what the real api answered (`test/replayBackend.ts`).
import type { ApiError, AppInfo, BackupInfo, HubAlarm, Operations, SyncStatus, TestSymbol, User } from "../bindings";

/** Calls the operation `op` of custody-api's list (`Operations`, generated from it) with its
 * request; the answer is its response. A new operation needs no edit here. */
export type Call = <K extends keyof Operations>(op: K, request: Operations[K]["request"]) => Promise<Operations[K]["response"]>;

export interface Backend {
  /** Every operation of the application layer, behind the shell's session gate. */
  call: Call;
  /** What the window shows first (the shell's own: the window's database and session). */
  appInfo(): Promise<AppInfo>;
  /** Signs a person in at this workstation; five wrong passwords lock the account a while. */
  signIn(username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  /** Takes a verified backup now, into the app's backup folder. */
  backupNow(): Promise<BackupInfo>;
  /** Opens a saved report with the system's viewer (only files in the reports folder). */
  openFile(path: string): Promise<void>;
  /** First run: keep the database in this folder (or open the Custody database file there)
   * from the next start; returns the file. */
  chooseDatabase(path: string): Promise<string>;
  /** Starts the app again. */
  restart(): Promise<void>;
  /** The test camera's symbols (a test build of the shell, run with one); null everywhere else,
   * where the camera view opens the computer's camera. */
  cameraTestSource(): Promise<TestSymbol[] | null>;
  /** Progress of long work (a large recall, a report), as sentences; "" when it is done. */
  onProgress(listener: (message: string) => void): () => void;
  /** Each change of where the site stands with the hub, as the sync agent sees it. */
  onSyncStatus(listener: (status: SyncStatus) => void): () => void;
  /** Each change of the hub's open counterfeit alarms about this site's packs, as the sync agent
   * pulls them. */
  onHubAlarms(listener: (alarms: HubAlarm[]) => void): () => void;
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

/** The shell's own commands answered before anyone signs in (the shell's `BEFORE_SIGN_IN`); the
 * operations callable then are the api's `PUBLIC_OPERATIONS`. */
export const BEFORE_SIGN_IN: ReadonlyArray<keyof Backend> = ["appInfo", "signIn", "signOut", "chooseDatabase", "restart", "onProgress", "onSyncStatus", "onHubAlarms"];

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
