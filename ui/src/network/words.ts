// The hospital network in the status bar's words: one line per state of the site's sync with
// the hub ("Synced 2 min ago", "Offline since 09:12 · 143 events waiting", "Fork: call the hub
// administrator"), what a push pulled back, the hub's counterfeit alarms about this site's
// packs ("2 counterfeit alarms from the hub", each pattern in words), and the times of the
// details panel. Pure (the catalogue's `t` and the clock's locale are passed in), so each
// state's words are tested.
import type { HubAlarm, PulledBack, RecallReceived, SyncStatus } from "../bindings";
import { intlLocale, type Lang } from "../i18n/lang";

/** How the line is drawn: `ok` quietly, `waiting` as a note, `alarm` as something to act on. */
export type SyncTone = "ok" | "waiting" | "alarm";

export interface SyncLine {
  text: string;
  tone: SyncTone;
}

/** The catalogue's `t`, as `useT()` gives it. */
export type T = (key: string, values?: Record<string, string | number | boolean | Date | null | undefined>) => string;

/** What the words are said with: the catalogue's `t`, and the locale the wall clock is read in. */
export interface Say {
  t: T;
  locale: string;
}

/** The locale a language reads the wall clock in: English as a hospital in Britain does
 *  (`30 Nov 09:12`, a 24-hour clock), the others as `Intl` writes them. */
export function clockLocale(lang: Lang): string {
  return lang === "en" || lang === "en-XA" ? "en-GB" : intlLocale(lang);
}

/** `n event(s) waiting`. */
export function waitingWords(say: Say, n: number | bigint): string {
  return say.t("network.waiting", { n: Number(n) });
}

/** An instant as the clock on the wall reads it: `09:12` today, `30 Nov 09:12` another day. */
export function wallTime(say: Say, at: string, now: Date): string {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) return at;
  const time = new Intl.DateTimeFormat(say.locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(t);
  if (t.toDateString() === now.toDateString()) return time;
  const day = new Intl.DateTimeFormat(say.locale, { day: "numeric", month: "short" }).format(t);
  return say.t("network.time.dayTime", { day, time });
}

/** How long ago `at` was, in the words of a status bar: `just now`, `2 min ago`, `3 h ago`,
 * else the day and time. */
export function ago(say: Say, at: string, now: Date): string {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) return at;
  const minutes = Math.floor((now.getTime() - t.getTime()) / 60_000);
  if (minutes < 1) return say.t("network.ago.justNow");
  if (minutes < 60) return say.t("network.ago.minutes", { n: minutes });
  if (minutes < 24 * 60) return say.t("network.ago.hours", { n: Math.floor(minutes / 60) });
  return say.t("network.ago.on", { when: wallTime(say, at, now) });
}

/** The status bar's line for `status`, or nothing. A site that never enrolled is a stand-alone
 * clinic, not a fault: its staff see nothing, and administrators a quiet note of where the
 * network would be (Settings → Hospital network), never a warning that stays forever. */
export function syncLine(say: Say, status: SyncStatus | null | undefined, now: Date, isAdmin: boolean): SyncLine | null {
  if (!status) return null;
  const { t } = say;
  const waiting = Number(status.waiting);
  const still = (line: string) => (waiting > 0 ? t("network.line.withWaiting", { line, waiting: waitingWords(say, waiting) }) : line);
  switch (status.state) {
    case "not_enrolled":
      return isAdmin ? { text: t("network.line.notEnrolled"), tone: "ok" } : null;
    case "ok":
      if (!status.last_success_at) return { text: still(t("network.line.connected")), tone: waiting > 0 ? "waiting" : "ok" };
      return { text: still(t("network.line.synced", { ago: ago(say, status.last_success_at, now) })), tone: "ok" };
    case "offline":
      return {
        text: status.offline_since
          ? t("network.line.offlineSince", { time: wallTime(say, status.offline_since, now), waiting: waitingWords(say, waiting) })
          : t("network.line.offline", { waiting: waitingWords(say, waiting) }),
        tone: "waiting",
      };
    case "fork":
      return { text: t("network.line.fork"), tone: "alarm" };
    case "suspended":
      return { text: t("network.line.suspended"), tone: "alarm" };
    case "refused":
      return { text: still(t("network.line.refused")), tone: "alarm" };
  }
}

/** What a push pulled back from the hub first (a file restored from an old backup): `Pulled back
 * events 5–604 from the hub.`, with the accounts that came back without a password; none when
 * nothing came back. Event numbers are the ledger's, said as they are. */
export function pulledBackWords(say: Say, r: PulledBack | null): string | null {
  if (!r || r.from_seq === null || r.to_seq === null) return null;
  const { t } = say;
  const events =
    r.from_seq === r.to_seq
      ? t("network.pulledBack.one", { seq: String(r.from_seq) })
      : t("network.pulledBack.range", { from: String(r.from_seq), to: String(r.to_seq) });
  const n = Number(r.accounts_without_password);
  return n === 0 ? events : `${events} ${t("network.pulledBack.accounts", { n })}`;
}

/** A network recall the pull entered, in words: what it held, or why it held nothing. */
export function recallReceivedWords(say: Say, r: RecallReceived): string {
  const { t } = say;
  if (r.existed) return t("network.recall.existed", { number: r.number, held: heldWords(say, r) });
  if (r.closed) return t("network.recall.closed", { number: r.number, title: r.title });
  return t("network.recall.entered", { number: r.number, title: r.title, held: heldWords(say, r) });
}

function heldWords({ t }: Say, r: RecallReceived): string {
  const packs = Number(r.units);
  const lots = Number(r.lot_quantity);
  if (packs === 0 && lots === 0) return t("network.held.nothing");
  if (lots === 0) return t("network.held.packs", { packs });
  if (packs === 0) return t("network.held.lots", { lots });
  return t("network.held.both", { packs, lots });
}

/** `n counterfeit alarm(s) from the hub`. */
export function alarmsWords(say: Say, n: number): string {
  return say.t("network.alarms.count", { n });
}

const PATTERNS: Record<string, string> = {
  held_at_two_sites: "network.pattern.heldAtTwoSites",
  receipt_without_send: "network.pattern.receiptWithoutSend",
  seen_after_gone: "network.pattern.seenAfterGone",
  received_twice_from_outside: "network.pattern.receivedTwiceFromOutside",
};

/** A pattern the hub found, in words (the hub's web page says the same); an unknown one as named. */
export function patternWords(say: Say, name: string): string {
  const key = Object.hasOwn(PATTERNS, name) ? PATTERNS[name] : undefined;
  return key ? say.t(key) : name.replace(/_/g, " ");
}

/** The sites an alarm names other than this one: `PH2, WARD3`, or `no other site`. */
export function otherSites(say: Say, alarm: HubAlarm, site: string): string {
  const others = alarm.sites.filter((s) => s !== site);
  return others.length > 0 ? others.join(", ") : say.t("network.noOtherSite");
}
