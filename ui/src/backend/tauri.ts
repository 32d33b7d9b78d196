import { invoke } from "@tauri-apps/api/core";
import type { AppInfo, BackupInfo, LedgerCheck, Location, SignInUser, StockQuery, StockRow, User } from "../bindings";
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
};
