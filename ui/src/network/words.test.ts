import { describe, expect, it } from "vitest";
import type { SyncStatus } from "../bindings";
import { createIntl } from "react-intl";
import { messagesFor } from "../i18n/catalogue";
import { ago, alarmsWords, patternWords, pulledBackWords, recallReceivedWords, syncLine, wallTime, type Say } from "./words";

/** English, as a screen outside any language's provider says it. */
const intl = createIntl({ locale: "en", messages: messagesFor("en") });
const say: Say = { t: (key, values) => intl.formatMessage({ id: key }, values), locale: "en-GB" };

// 1 December 2026, 09:14 on the wall clock of the machine running the test.
const now = new Date(2026, 11, 1, 9, 14, 30);
// `november` gives a day of the month before.
const at = (h: number, m: number, november?: number) => (november ? new Date(2026, 10, november, h, m) : new Date(2026, 11, 1, h, m)).toISOString();

function status(over: Partial<SyncStatus>): SyncStatus {
  return {
    state: "ok",
    hub: "https://hub.hospital.example",
    site: "PH1",
    enrolled_at: at(8, 0),
    acked_seq: 1200,
    last_seq: 1200,
    waiting: 0,
    last_success_at: at(9, 12),
    offline_since: null,
    refusal_code: null,
    message: null,
    ...over,
  };
}

describe("the status bar's words for the hospital network", () => {
  it("say how long ago the site last synced", () => {
    expect(syncLine(say, status({}), now, false)).toEqual({ text: "Synced 2 min ago", tone: "ok" });
    expect(syncLine(say, status({ last_success_at: at(9, 14) }), now, false)?.text).toBe("Synced just now");
    expect(syncLine(say, status({ last_success_at: at(6, 0) }), now, false)?.text, "hours, not hundreds of minutes").toBe("Synced 3 h ago");
    expect(syncLine(say, status({ waiting: 3, last_seq: 1203 }), now, false)?.text, "events recorded since the last push are said").toBe("Synced 2 min ago · 3 events waiting");
  });

  it("say since when the hub has been missed and how much waits for it", () => {
    const offline = status({ state: "offline", offline_since: at(9, 12), waiting: 143, last_seq: 1343 });
    expect(syncLine(say, offline, now, false)).toEqual({ text: "Offline since 09:12 · 143 events waiting", tone: "waiting" });
    expect(syncLine(say, { ...offline, waiting: 1 }, now, false)?.text, "one event, singular").toBe("Offline since 09:12 · 1 event waiting");
    expect(syncLine(say, { ...offline, offline_since: at(17, 40, 30) }, now, false)?.text, "another day names the day").toBe("Offline since 30 Nov 17:40 · 143 events waiting");
  });

  it("tell everyone to call the hub administrator after a fork or a suspension", () => {
    expect(syncLine(say, status({ state: "fork", refusal_code: "fork" }), now, false)).toEqual({ text: "Fork: call the hub administrator", tone: "alarm" });
    expect(syncLine(say, status({ state: "suspended" }), now, false)?.tone).toBe("alarm");
    expect(syncLine(say, status({ state: "refused", waiting: 4 }), now, false)).toEqual({ text: "Refused by the hub · 4 events waiting", tone: "alarm" });
  });

  it("show a stand-alone site nothing, and its administrators a quiet note, never a warning", () => {
    const alone = status({ state: "not_enrolled", hub: null, enrolled_at: null, last_success_at: null, waiting: 40, acked_seq: 0 });
    expect(syncLine(say, alone, now, false), "a clinic with no hub is not in trouble").toBeNull();
    expect(syncLine(say, alone, now, true)).toEqual({ text: "Not connected to a hub", tone: "ok" });
    expect(syncLine(say, null, now, true), "no status yet: nothing").toBeNull();
  });

  it("say an enrolled site that never pushed is connected, with what waits", () => {
    expect(syncLine(say, status({ last_success_at: null, waiting: 12, acked_seq: 0, last_seq: 12 }), now, false)).toEqual({ text: "Connected to the hub · 12 events waiting", tone: "waiting" });
  });

  it("read times on the wall clock", () => {
    expect(wallTime(say, at(9, 5), now)).toBe("09:05");
    expect(ago(say, at(9, 14), now)).toBe("just now");
    expect(ago(say, at(9, 0, 28), now), "days ago give the day").toBe("on 28 Nov 09:00");
  });

  it("say what a push pulled back from the hub, and nothing when it pulled nothing", () => {
    const pulled = { pulled: 600, from_seq: 5, to_seq: 604, accounts_without_password: 2, added_by_key: 0, state: "ok" as const, message: null };
    expect(pulledBackWords(say, pulled)).toBe("Pulled back events 5–604 from the hub. 2 accounts added after the backup came back without a password: an administrator sets one.");
    expect(pulledBackWords(say, { ...pulled, pulled: 1, to_seq: 5, accounts_without_password: 0 })).toBe("Pulled back event 5 from the hub.");
    expect(pulledBackWords(say, { ...pulled, pulled: 0, from_seq: null, to_seq: null }), "in step already: nothing to say").toBeNull();
    expect(pulledBackWords(say, null)).toBeNull();
  });
});

describe("the hub's alarms in words", () => {
  it("counts them, and says each pattern the hub's page names", () => {
    expect(alarmsWords(say, 1)).toBe("1 counterfeit alarm from the hub");
    expect(alarmsWords(say, 2)).toBe("2 counterfeit alarms from the hub");
    expect(patternWords(say, "held_at_two_sites")).toBe("held at two sites");
    expect(patternWords(say, "received_twice_from_outside")).toBe("received twice from outside the network");
    expect(patternWords(say, "a_new_pattern"), "a pattern newer than the app is still readable").toBe("a new pattern");
  });
});

describe("a network recall the pull entered, in words", () => {
  const recall = { number: "RC-NET-1", title: "Amoxicillin 500 mg, lot L1", existed: false, closed: false, units: 2, lot_quantity: 0 };
  it("says what its hold quarantined", () => {
    expect(recallReceivedWords(say, recall)).toBe("Network recall RC-NET-1 entered: Amoxicillin 500 mg, lot L1; 2 packs held.");
    expect(recallReceivedWords(say, { ...recall, units: 1, lot_quantity: 40 })).toBe("Network recall RC-NET-1 entered: Amoxicillin 500 mg, lot L1; 1 pack and 40 of lot-tracked stock held.");
    expect(recallReceivedWords(say, { ...recall, units: 0 }), "no stock of it here").toBe("Network recall RC-NET-1 entered: Amoxicillin 500 mg, lot L1; nothing held.");
  });
  it("says when it was the site's own recall, or closed already on a rebuilt ledger", () => {
    expect(recallReceivedWords(say, { ...recall, existed: true, units: 0 })).toBe("Network recall RC-NET-1: the recall entered here under that number; linked, nothing held.");
    expect(recallReceivedWords(say, { ...recall, closed: true, units: 0 })).toBe("Network recall RC-NET-1 entered: Amoxicillin 500 mg, lot L1; closed, as this site's ledger records, so nothing held.");
  });
});
