import { fireEvent, screen, within } from "@testing-library/react";
import { act } from "react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import type { SyncStatus } from "../bindings";
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
});
