// The Backend over IPC: custody-api's operations through the shell's one generic command, typed
// by the generated `Operations` interface; the shell's own few commands by name.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { AppInfo, BackupInfo, HubAlarm, Operations, SyncStatus, TestSymbol, User } from "../bindings";
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
  call,
  appInfo: () => command<AppInfo>("app_info"),
  signIn: (username: string, password: string) => command<User>("sign_in", { username, password }),
  signOut: async () => {
    await command<null>("sign_out");
  },
  backupNow: () => command<BackupInfo>("backup_now"),
  openFile: async (path: string) => {
    await command<null>("open_file", { path });
  },
  chooseDatabase: (path: string) => command<string>("choose_database", { path }),
  restart: async () => {
    await command<null>("restart");
  },
  cameraTestSource: () => command<TestSymbol[] | null>("camera_test_source"),
  onProgress: (listener: (message: string) => void) => {
    const unlisten = listen<string>("progress", (e) => listener(e.payload));
    return () => void unlisten.then((stop) => stop());
  },
  onSyncStatus: (listener: (status: SyncStatus) => void) => {
    const unlisten = listen<SyncStatus>("sync-status", (e) => listener(e.payload));
    return () => void unlisten.then((stop) => stop());
  },
  onHubAlarms: (listener: (alarms: HubAlarm[]) => void) => {
    const unlisten = listen<HubAlarm[]>("hub-alarms", (e) => listener(e.payload));
    return () => void unlisten.then((stop) => stop());
  },
};
