// The workstation's location: chosen once on this computer and remembered, per database. It is
// kept in the webview's local storage under the database's identity (custody-api's
// `scan_setup`), so a location chosen for one database is never used with another, even one
// with the same site code. Nothing is guessed: with no choice yet (or a location that is no
// longer active) the scan screen asks "Which location is this workstation?".
import type { Location } from "../bindings";

const PREFIX = "custody.workstation-location.";

/** The location this workstation was set to for `database`, if it is still a location. */
export function rememberedLocation(database: string | null | undefined, locations: ReadonlyArray<Location> | undefined): string | null {
  if (!database || !locations) return null;
  let code: string | null = null;
  try {
    code = window.localStorage.getItem(PREFIX + database);
  } catch {
    // Storage refused (a locked-down profile): the screen asks each time instead.
    return null;
  }
  return locations.some((l) => l.code === code) ? code : null;
}

/** Remembers `code` as this workstation's location for `database`. */
export function rememberLocation(database: string | null | undefined, code: string) {
  if (!database) return;
  try {
    window.localStorage.setItem(PREFIX + database, code);
  } catch {
    // Not remembered: the choice still holds until the screen is left.
  }
}
