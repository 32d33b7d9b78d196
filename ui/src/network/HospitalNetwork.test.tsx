import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SyncStatus } from "../bindings";
import { SettingsView } from "../settings/SettingsView";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

/** The text shown beside the field labelled `label` (its error), if any. */
function besideField(label: string): string {
  const field = screen.getByLabelText(label).closest(".field");
  return field?.querySelector(".react-aria-FieldError")?.textContent ?? "";
}

describe("Settings → Hospital network", () => {
  it("enrols with the hub's address and code, the api's refusal of an address shown beside it", async () => {
    const backend = replayBackend(flow("network-enrol"));
    renderWith(backend, <SettingsView />);
    fireEvent.click(await screen.findByRole("tab", { name: "Hospital network" }));
    const form = await screen.findByRole("form", { name: "Enrol with a hub" });
    expect(screen.getByText("This site is not connected to a hub.")).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText("Hub address"), { target: { value: "hub.hospital" } });
    fireEvent.change(within(form).getByLabelText("One-time code"), { target: { value: "K3QF-8WZP-2M7D-XR4T-9CHN" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enrol" }));
    const refusal = recorded("network-enrol", 3).error;
    await screen.findByText(refusal?.message ?? "no refusal recorded");
    expect(besideField("Hub address"), "the address is what is wrong, so the words sit beside it").toBe(refusal?.message);
    expect(backend.done(), "the enrolment was asked of the api").toBe(true);
  });

  it("after a fork says what happened and offers to enrol again with a new code", async () => {
    const fork: SyncStatus = {
      state: "fork",
      hub: "https://hub.hospital:8443",
      site: "PH1",
      enrolled_at: "2026-11-30T08:00:00.000000Z",
      acked_seq: 40,
      last_seq: 52,
      waiting: 12,
      last_success_at: "2026-11-30T08:30:00.000000Z",
      offline_since: null,
      refusal_code: "fork",
      message: "the hub holds event 41 with another hash",
    };
    renderWith(replayBackend(flow("network-enrol"), { info: { sync: fork } }), <SettingsView />);
    fireEvent.click(await screen.findByRole("tab", { name: "Hospital network" }));
    expect(await screen.findByRole("form", { name: "Enrol again" })).toBeInTheDocument();
    expect(screen.getByText(/Once the hub administrator has resolved it/)).toBeInTheDocument();
    expect(screen.getByText("Fork: call the hub administrator")).toBeInTheDocument();
  });

  it("is for administrators only", async () => {
    renderWith(replayBackend(flow("settings-staff")), <SettingsView />);
    await screen.findByRole("tab", { name: "Scanning and receipts" });
    expect(screen.queryByRole("tab", { name: "Hospital network" }), "enrolling a site is an administrator's act").not.toBeInTheDocument();
  });
});
