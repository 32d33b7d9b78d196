// The hospital network in the status bar's words: one line per state of the site's sync with
// the hub ("Synced 2 min ago", "Offline since 09:12 · 143 events waiting", "Fork: call the hub
// administrator"), what a push pulled back, the hub's counterfeit alarms about this site's
// packs ("2 counterfeit alarms from the hub", each pattern in words), and the times of the
// details panel. Pure, so each state's words are tested.
import type { HubAlarm, PulledBack, RecallReceived, SyncStatus } from "../bindings";

/** How the line is drawn: `ok` quietly, `waiting` as a note, `alarm` as something to act on. */
export type SyncTone = "ok" | "waiting" | "alarm";

export interface SyncLine {
  text: string;
  tone: SyncTone;
}

/** `n event(s) waiting`. */
export function waitingWords(n: number | bigint): string {
  const count = Number(n);
  return `${count} ${count === 1 ? "event" : "events"} waiting`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as the clock on the wall reads it: `09:12` today, `30 Nov 09:12` another day. */
export function wallTime(at: string, now: Date): string {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) return at;
  const hm = `${pad(t.getHours())}:${pad(t.getMinutes())}`;
  if (t.toDateString() === now.toDateString()) return hm;
  const month = t.toLocaleString("en-GB", { month: "short" });
  return `${t.getDate()} ${month} ${hm}`;
}

/** How long ago `at` was, in the words of a status bar: `just now`, `2 min ago`, `3 h ago`,
 * else the day and time. */
export function ago(at: string, now: Date): string {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) return at;
  const minutes = Math.floor((now.getTime() - t.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return `on ${wallTime(at, now)}`;
}

/** The status bar's line for `status`, or nothing. A site that never enrolled is a stand-alone
 * clinic, not a fault: its staff see nothing, and administrators a quiet note of where the
 * network would be (Settings → Hospital network), never a warning that stays forever. */
export function syncLine(status: SyncStatus | null | undefined, now: Date, isAdmin: boolean): SyncLine | null {
  if (!status) return null;
  const waiting = Number(status.waiting);
  const still = waiting > 0 ? ` · ${waitingWords(waiting)}` : "";
  switch (status.state) {
    case "not_enrolled":
      return isAdmin ? { text: "Not connected to a hub", tone: "ok" } : null;
    case "ok":
      if (!status.last_success_at) return { text: `Connected to the hub${still}`, tone: waiting > 0 ? "waiting" : "ok" };
      return { text: `Synced ${ago(status.last_success_at, now)}${still}`, tone: "ok" };
    case "offline":
      return {
        text: status.offline_since ? `Offline since ${wallTime(status.offline_since, now)} · ${waitingWords(waiting)}` : `Offline · ${waitingWords(waiting)}`,
        tone: "waiting",
      };
    case "fork":
      return { text: "Fork: call the hub administrator", tone: "alarm" };
    case "suspended":
      return { text: "Suspended by the hub: call the hub administrator", tone: "alarm" };
    case "refused":
      return { text: `Refused by the hub${still}`, tone: "alarm" };
  }
}

/** What a push pulled back from the hub first (a file restored from an old backup): `Pulled back
 * events 5–604 from the hub.`, with the accounts that came back without a password; none when
 * nothing came back. */
export function pulledBackWords(r: PulledBack | null): string | null {
  if (!r || r.from_seq === null || r.to_seq === null) return null;
  const events = r.from_seq === r.to_seq ? `event ${r.from_seq}` : `events ${r.from_seq}–${r.to_seq}`;
  const n = Number(r.accounts_without_password);
  const accounts = n === 0 ? "" : ` ${n} ${n === 1 ? "account" : "accounts"} added after the backup came back without a password: an administrator sets one.`;
  return `Pulled back ${events} from the hub.${accounts}`;
}

/** A network recall the pull entered, in words: what it held, or why it held nothing. */
export function recallReceivedWords(r: RecallReceived): string {
  const head = `Network recall ${r.number}`;
  if (r.existed) return `${head}: the recall entered here under that number; linked, ${heldWords(r)}.`;
  if (r.closed) return `${head} entered: ${r.title}; closed, as this site's ledger records, so nothing held.`;
  return `${head} entered: ${r.title}; ${heldWords(r)}.`;
}

function heldWords(r: RecallReceived): string {
  const units = Number(r.units);
  const lots = Number(r.lot_quantity);
  if (units === 0 && lots === 0) return "nothing held";
  const packs = units === 0 ? null : `${units} ${units === 1 ? "pack" : "packs"}`;
  const quantity = lots === 0 ? null : `${lots} of lot-tracked stock`;
  return `${[packs, quantity].filter(Boolean).join(" and ")} held`;
}

/** `n counterfeit alarm(s) from the hub`. */
export function alarmsWords(n: number): string {
  return `${n} counterfeit ${n === 1 ? "alarm" : "alarms"} from the hub`;
}

/** A pattern the hub found, in words (the hub's web page says the same); an unknown one as named. */
export function patternWords(name: string): string {
  switch (name) {
    case "held_at_two_sites":
      return "held at two sites";
    case "receipt_without_send":
      return "received with no transfer out";
    case "seen_after_gone":
      return "seen after it was dispensed or destroyed";
    case "received_twice_from_outside":
      return "received twice from outside the network";
    default:
      return name.replace(/_/g, " ");
  }
}

/** The sites an alarm names other than this one: `PH2, WARD3`, or `no other site`. */
export function otherSites(alarm: HubAlarm, site: string): string {
  const others = alarm.sites.filter((s) => s !== site);
  return others.length > 0 ? others.join(", ") : "no other site";
}
