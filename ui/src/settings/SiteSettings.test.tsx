import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { SiteSettingsForm } from "./SiteSettings";

/** The text shown beside the field labelled `label` (its error), if any. */
function besideField(label: string): string {
  const input = screen.getByLabelText(label);
  const field = input.closest(".field");
  return field?.querySelector(".react-aria-FieldError")?.textContent ?? "";
}

const TILDE_PACK = "]d2010950600013435217280630~10L1~21TILDE1";

describe("Settings: scanning and receipts", () => {
  it("an administrator sets '~' for the group separator, and the scan screen reads scans with it", async () => {
    const backend = replayBackend(flow("scanner-settings"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("tab", { name: "Scanning and receipts" }));
    const substitutes = await screen.findByLabelText("Sent instead of the group separator");
    await waitFor(() => expect(substitutes).toHaveValue(""));
    fireEvent.change(substitutes, { target: { value: "~" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved.");

    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    // The first time on this computer the scan screen asks where the workstation is.
    const asked = await screen.findByRole("form", { name: "Workstation location" });
    await within(asked).findByRole("option", { name: "Main store (MAIN)" });
    fireEvent.change(within(asked).getByLabelText("Workstation location"), { target: { value: "MAIN" } });
    fireEvent.click(within(asked).getByRole("button", { name: "Use this location" }));
    const box = await screen.findByLabelText("Scan a pack");
    fireEvent.change(screen.getByLabelText("Partner"), { target: { value: "ACME" } });
    fireEvent.change(box, { target: { value: TILDE_PACK } });
    fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
    const verdict = await screen.findByRole("status", { name: "Verdict" });
    // With '~' read as the group separator the lot ends at it and the serial is TILDE1.
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(verdict).toHaveTextContent("SN TILDE1");
    expect(backend.done(), "the settings were saved and the scan recorded, in that order").toBe(true);
  });

  it("shows the api's refusal beside the field it names", async () => {
    renderWith(replayBackend(flow("settings-refusals")), <SiteSettingsForm canChange />);
    const substitutes = await screen.findByLabelText("Sent instead of the group separator");
    await waitFor(() => expect(substitutes).toHaveValue(""));
    fireEvent.change(substitutes, { target: { value: "-" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    const refused = recorded("settings-refusals", 2).error;
    expect(refused?.args.field, "'-' occurs in serial numbers: the api names the field").toBe("gs_substitutes");
    await waitFor(() => expect(besideField("Sent instead of the group separator")).toBe(refused?.message));
    expect(substitutes).toHaveAttribute("aria-invalid", "true");
    expect(besideField("Short-dated within (days)")).toBe("");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("refuses a number that is not a whole number beside its field, before asking the api", async () => {
    const backend = replayBackend(flow("settings-out-of-range"));
    renderWith(backend, <SiteSettingsForm canChange />);
    const days = await screen.findByLabelText("Short-dated within (days)");
    await waitFor(() => expect(days).toHaveValue("90"));
    fireEvent.change(days, { target: { value: "six months" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(besideField("Short-dated within (days)")).toContain("'six months' is not a whole number"));
    expect(backend.calls.filter((c) => c.op === "set_site_settings")).toHaveLength(0);
    // Out of range is the api's to say, beside the same field.
    fireEvent.change(days, { target: { value: "5000" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    const refused = recorded("settings-out-of-range", 2).error;
    expect(refused?.args.field).toBe("short_dated_days");
    await waitFor(() => expect(besideField("Short-dated within (days)")).toBe(refused?.message));
  });

  it("staff read the settings but cannot change them", async () => {
    renderWith(replayBackend(flow("settings-staff")), <SiteSettingsForm canChange={false} />);
    const form = await screen.findByRole("form", { name: "Site settings" });
    await waitFor(() => expect(within(form).getByLabelText("Alert windows (days)")).toHaveValue("30, 60, 90"));
    expect(within(form).getByLabelText("Alert windows (days)")).toBeDisabled();
    expect(within(form).getByLabelText("Price tolerance (%)")).toBeDisabled();
    expect(within(form).queryByRole("button", { name: "Save settings" })).not.toBeInTheDocument();
    expect(screen.getByText(/Only inventory managers and administrators can change them/)).toBeInTheDocument();
    expect(recorded("settings-staff", 2).error?.code, "the api refuses staff whatever the screen shows").toBe("auth.forbidden");
  });
});
