import { fireEvent, screen, within } from "@testing-library/react";
import { act } from "react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import type { HubAlarm, SyncStatus } from "../bindings";
import { flow, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

const today = (h: number, m: number) => {
  const d = new Date();
  d.setHours(h, m, 0, 0);
  return d.toISOString();
};

const offline: SyncStatus = {
  state: "offline",
  hub: "https://hub.hospital.example",
  site: "PH1",
  enrolled_at: today(7, 0),
  acked_seq: 57,
  last_seq: 200,
  waiting: 143,
  last_success_at: today(7, 30),
  offline_since: today(0, 1),
  refusal_code: null,
  message: "the hub at https://hub.hospital.example could not be reached",
};

const synced: SyncStatus = { ...offline, state: "ok", offline_since: null, acked_seq: 200, waiting: 0, last_success_at: new Date().toISOString(), message: null };

const alarm = (id: number, serial: string, patterns: string[], sites: string[]): HubAlarm => ({
  id,
  gtin: "05012345678900",
  serial,
  state: "open",
  last_change: "raised",
  patterns,
  sites,
  raised_at: today(8, 15),
  closed: null,
});

describe("the status bar's hospital network corner", () => {
  it("says the site is offline with what waits, and its panel gives the details and Sync now", async () => {
    renderWith(replayBackend(flow("home"), { info: { sync: offline } }), <App />);
    const corner = await screen.findByRole("button", { name: "Hospital network: Offline since 00:01 · 143 events waiting" });
    fireEvent.click(corner);
    const panel = screen.getByRole("dialog", { name: "Hospital network" });
    expect(within(panel).getByText("https://hub.hospital.example"), "the hub tried").toBeInTheDocument();
    expect(within(panel).getByText("event 57 of 200"), "what the hub acknowledged of the site's ledger").toBeInTheDocument();
    expect(within(panel).getByText("07:30"), "the last success, on the wall clock").toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Sync now" }), "a person may try at once").toBeEnabled();
  });

  it("follows the sync agent's news without a reload", async () => {
    const backend = replayBackend(flow("home"), { info: { sync: offline } });
    renderWith(backend, <App />);
    await screen.findByRole("button", { name: /Offline since/ });
    act(() => backend.tellSyncStatus({ ...offline, state: "ok", offline_since: null, acked_seq: 200, waiting: 0, last_success_at: new Date().toISOString(), message: null }));
    expect(await screen.findByRole("button", { name: "Hospital network: Synced just now" }), "the agent's push went through").toBeInTheDocument();
    act(() => backend.tellSyncStatus({ ...offline, state: "fork", refusal_code: "fork" }));
    fireEvent.click(await screen.findByRole("button", { name: "Hospital network: Fork: call the hub administrator" }));
    expect(screen.getByRole("button", { name: "Sync now" }), "a fork is never pushed again until it is resolved").toBeDisabled();
  });

  it("says how many counterfeit alarms the hub raised about this site's packs and lists them", async () => {
    const alarms = [alarm(7, "FAKE1", ["held_at_two_sites"], ["PH1", "PH2"]), alarm(5, "FAKE2", ["seen_after_gone", "receipt_without_send"], ["PH1"])];
    renderWith(replayBackend(flow("home"), { info: { sync: synced, alarms } }), <App />);
    const corner = await screen.findByRole("button", { name: "Hospital network: 2 counterfeit alarms from the hub · Synced just now" });
    expect(corner, "an alarm is something to act on").toHaveClass("sync-alarm");
    fireEvent.click(corner);
    const list = within(screen.getByRole("dialog", { name: "Hospital network" })).getByRole("region", { name: "Counterfeit alarms from the hub" });
    const first = within(list).getByRole("listitem", { name: "Alarm 7" });
    expect(within(first).getByText("05012345678900 / FAKE1"), "the pack, as its GTIN and serial").toBeInTheDocument();
    expect(within(first).getByText("held at two sites"), "the pattern in words").toBeInTheDocument();
    expect(within(first).getByText("Other sites: PH2 · raised 08:15"), "the other site, not this one, and when the hub raised it").toBeInTheDocument();
    const second = within(list).getByRole("listitem", { name: "Alarm 5" });
    expect(within(second).getByText("seen after it was dispensed or destroyed; received with no transfer out"), "each pattern the hub saw").toBeInTheDocument();
    expect(within(second).getByText(/Other sites: no other site/), "only this site's events show it").toBeInTheDocument();
  });

  it("hears the alarms the agent pulled, and says nothing more once they are closed", async () => {
    const backend = replayBackend(flow("home"), { info: { sync: synced } });
    renderWith(backend, <App />);
    await screen.findByRole("button", { name: "Hospital network: Synced just now" });
    act(() => backend.tellHubAlarms([alarm(9, "FAKE9", ["received_twice_from_outside"], ["PH1", "WARD3"])]));
    expect(await screen.findByRole("button", { name: "Hospital network: 1 counterfeit alarm from the hub · Synced just now" }), "the pull brought an alarm").toBeInTheDocument();
    act(() => backend.tellHubAlarms([]));
    expect(await screen.findByRole("button", { name: "Hospital network: Synced just now" }), "the hub cleared it: the corner is quiet again").toBeInTheDocument();
  });
});
