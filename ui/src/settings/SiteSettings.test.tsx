import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { fakeBackend, sampleData } from "../backend/fake";
import { renderWith } from "../test/render";
import { SiteSettingsForm } from "./SiteSettings";

/** The text shown beside the field labelled `label` (its error), if any. */
function besideField(label: string): string {
  const input = screen.getByLabelText(label);
  const field = input.closest(".field");
  return field?.querySelector(".react-aria-FieldError")?.textContent ?? "";
}

describe("Settings: scanning and receipts", () => {
  it("an administrator sets '~' for the group separator, and the scan screen reads scans with it", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("tab", { name: "Scanning and receipts" }));
    const substitutes = await screen.findByLabelText("Sent instead of the group separator");
    await waitFor(() => expect(substitutes).toHaveValue(""));
    fireEvent.change(substitutes, { target: { value: "~" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved.");

    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    const box = await screen.findByLabelText("Scan a pack");
    fireEvent.change(box, { target: { value: "]d201095060001343521728123110L1~21TILDE1" } });
    fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
    const verdict = await screen.findByRole("status", { name: "Verdict" });
    // With '~' read as the group separator the lot ends at it and the serial is TILDE1.
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(verdict).toHaveTextContent("SN TILDE1");
    expect(data.packs.has("TILDE1")).toBe(true);
  });

  it("shows the api's refusal beside the field it names", async () => {
    renderWith(fakeBackend(sampleData()), <SiteSettingsForm canChange />);
    const substitutes = await screen.findByLabelText("Sent instead of the group separator");
    fireEvent.change(substitutes, { target: { value: "-" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    // '-' occurs in serial numbers: the api refuses it with args.field = gs_substitutes.
    await waitFor(() => expect(besideField("Sent instead of the group separator")).toContain("'-'"));
    expect(substitutes).toHaveAttribute("aria-invalid", "true");
    expect(besideField("Short-dated within (days)")).toBe("");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("refuses a number that is not a whole number beside its field, before asking the backend", async () => {
    const backend = fakeBackend(sampleData());
    let asked = 0;
    const set = backend.setSiteSettings;
    backend.setSiteSettings = (s) => {
      asked += 1;
      return set(s);
    };
    renderWith(backend, <SiteSettingsForm canChange />);
    const days = await screen.findByLabelText("Short-dated within (days)");
    await waitFor(() => expect(days).toHaveValue("180"));
    fireEvent.change(days, { target: { value: "six months" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(besideField("Short-dated within (days)")).toContain("'six months' is not a whole number"));
    expect(asked).toBe(0);
    // Out of range is the api's to say, beside the same field.
    fireEvent.change(days, { target: { value: "5000" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(besideField("Short-dated within (days)")).toContain("0 to 3650"));
    expect(asked).toBe(1);
  });

  it("staff read the settings but cannot change them", async () => {
    const data = sampleData();
    data.info.actor = data.users[1] ?? null;
    renderWith(fakeBackend(data), <SiteSettingsForm canChange={false} />);
    const form = await screen.findByRole("form", { name: "Site settings" });
    await waitFor(() => expect(within(form).getByLabelText("Alert windows (days)")).toHaveValue("30, 60, 90"));
    expect(within(form).getByLabelText("Alert windows (days)")).toBeDisabled();
    expect(within(form).getByLabelText("Price tolerance (%)")).toBeDisabled();
    expect(within(form).queryByRole("button", { name: "Save settings" })).not.toBeInTheDocument();
    expect(screen.getByText(/Only inventory managers and administrators can change them/)).toBeInTheDocument();
  });

  it("the fake refuses staff as the api does", async () => {
    const data = sampleData();
    data.info.actor = data.users[1] ?? null;
    const backend = fakeBackend(data);
    const settings = await backend.siteSettings();
    await expect(backend.setSiteSettings(settings)).rejects.toMatchObject({ code: "forbidden" });
  });
});
