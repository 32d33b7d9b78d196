import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWith } from "../test/render";
import { nationalBackend, OFF, QUIET, QUEUES, RUNNING, SUMMARY } from "./fixtures";
import { VerificationView } from "./VerificationView";

/** Each row of `table` as the texts of its cells. */
const cells = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));

const local = (iso: string) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

async function openTab(name: RegExp) {
  fireEvent.click(await screen.findByRole("tab", { name }));
}

afterEach(() => vi.useRealTimers());

describe("the Verification screen", () => {
  it("shows the figures, since when the oldest waits and why, and the decommission window's warning", async () => {
    renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    const figures = await screen.findByLabelText("Verification figures");
    expect(figures, "pending and sent together").toHaveTextContent("Waiting3");
    expect(figures).toHaveTextContent("Alerts1");
    expect(figures).toHaveTextContent("Failed1");
    expect(figures).toHaveTextContent(`Since ${local("2026-12-02T08:00:00Z")}`);
    expect(figures).toHaveTextContent("Last attempt: the national system did not answer (SP-901)");
    const warning = screen.getByRole("alert");
    expect(warning).toHaveTextContent(/Decommission window (ending|missed)\./);
    expect(warning).toHaveTextContent(local("2026-12-03T08:00:00Z"));
    expect(screen.getByText(/National system EU-DE · each pack dispensed is decommissioned as supplied · decommissioned within 24 h/)).toBeInTheDocument();
    expect(figures, "an alert on a pack already supplied is a patient's follow-up").toHaveTextContent("Alerts on packs supplied1");
  });

  it("says how long the oldest has waited, and whether the window is ending or missed, on the computer's clock", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-03T05:00:00Z"));
    const { unmount } = renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    expect(await screen.findByLabelText("Verification figures")).toHaveTextContent(`Since ${local("2026-12-02T08:00:00Z")} (21 h ago)`);
    expect(screen.getByRole("alert")).toHaveTextContent(`Decommission window ending. A pack dispensed while offline must reach the national system by ${local("2026-12-03T08:00:00Z")}.`);
    unmount();
    vi.setSystemTime(new Date("2026-12-04T09:00:00Z"));
    renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    expect(await screen.findByLabelText("Verification figures")).toHaveTextContent(`Since ${local("2026-12-02T08:00:00Z")} (2 days ago)`);
    expect(screen.getByRole("alert")).toHaveTextContent("Decommission window missed.");
  });

  it("says whether anything can leave: connected and when last answered, or why not, in the warning's tone", async () => {
    const { unmount } = renderWith(nationalBackend("staff", { summary: { ...SUMMARY, oldest_waiting_words: null } }), <VerificationView go={vi.fn()} />);
    const connected = await screen.findByRole("note", { name: "Connection to the national system" });
    expect(connected).toHaveTextContent(`The app sends requests as they are queued. The national system last answered ${local("2026-12-02T07:00:00Z")}.`);
    expect(connected).not.toHaveClass("trouble");
    unmount();
    // A last attempt that failed (a command line's drain, say) is not hidden behind "sending".
    const failed = renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    const failing = await screen.findByRole("note", { name: "Connection to the national system" });
    expect(failing).toHaveClass("trouble");
    expect(failing).toHaveTextContent("The oldest waiting request's last attempt did not go through: see why below.");
    failed.unmount();
    const drainer = { ...RUNNING, state: "config_refused" as const, code: "national.config_invalid", reason: "[nmvs.EU-DE]: missing field `user`" };
    const second = renderWith(nationalBackend("staff", { summary: { ...SUMMARY, drainer } }), <VerificationView go={vi.fn()} />);
    const refused = await screen.findByRole("note", { name: "Connection to the national system" });
    expect(refused).toHaveClass("trouble");
    expect(refused).toHaveTextContent("Not connected: /srv/custody/national.toml cannot be used. Requests wait until the file is mended; the app reads it again by itself.Why: [nmvs.EU-DE]: missing field `user`");
    second.unmount();
    const unreachable = { ...RUNNING, unreachable_since: "2026-12-02T06:00:00Z" };
    renderWith(nationalBackend("staff", { summary: { ...SUMMARY, drainer: unreachable } }), <VerificationView go={vi.fn()} />);
    const down = await screen.findByRole("note", { name: "Connection to the national system" });
    expect(down).toHaveClass("trouble");
    expect(down).toHaveTextContent(`The national system has not answered since ${local("2026-12-02T06:00:00Z")}`);
  });

  it("says when nothing waits, without a warning", async () => {
    renderWith(nationalBackend("staff", { summary: QUIET, queues: { waiting: [] } }), <VerificationView go={vi.fn()} />);
    expect(await screen.findByText("Nothing waits: every request has been answered.")).toBeInTheDocument();
    expect(screen.getByLabelText("Verification figures")).toHaveTextContent("Oldest waitingNothing waits.");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("lists each tab's requests in words: state, what it asks, the pack, attempts and the system's answer", async () => {
    renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    const waiting = await screen.findByRole("table", { name: "Requests waiting" });
    expect(cells(waiting)).toEqual([
      ["Queued", "State", "Request", "Pack", "Attempts", "System's answer"],
      [local("2026-12-02T10:00:00Z"), "not sent yet", "decommission (supplied)EU-DE", "Amoxicillin 500 mgGTIN 09506000134352SN W3Lot L1Exp. 2028-06-30", "0", " —"],
      [local("2026-12-02T09:00:00Z"), "sent, no answer yet", "decommission (supplied)EU-DE", "Insulin glargine 100 U/mlGTIN 09506000134352SN W2Lot L1Exp. 2028-06-30", "2", " the national system did not answer (SP-901)"],
    ]);

    await openTab(/^Answered/);
    const done = await screen.findByRole("table", { name: "Requests answered" });
    expect(cells(done)[1]).toEqual([local("2026-12-01T12:00:00Z"), "answered", "decommission (supplied)EU-DE", "Amoxicillin 500 mgGTIN 09506000134352SN D1Lot L1Exp. 2028-06-30", "1", "NMVS_SUCCESS Pack decommissioned as supplied"]);

    await openTab(/^Failed/);
    const failed = await screen.findByRole("table", { name: "Requests that failed" });
    expect(cells(failed)[1]?.slice(0, 6)).toEqual([local("2026-12-01T16:00:00Z"), "failed", "verifyEU-DE", "Amoxicillin 500 mgGTIN 09506000134352SN F5Lot L1Exp. 2028-06-30", "1", "NMVS_FE_LOT_03 Batch does not match the product code"]);
  });

  it("shows an alert's code, words and alert id, and leads to the pack's history", async () => {
    const go = vi.fn();
    renderWith(nationalBackend("staff"), <VerificationView go={go} />);
    await openTab(/^Alerts/);
    const alerts = await screen.findByRole("table", { name: "Requests that raised an alert" });
    const row = within(alerts).getAllByRole("row")[1];
    if (!row) throw new Error("no alert row");
    expect(row).toHaveTextContent("alert");
    expect(row).toHaveTextContent("NMVS_NC_PCK_19 Pack already decommissioned as supplied elsewhere");
    expect(row).toHaveTextContent("Alert id DE-UAID-7781");
    expect(row, "who received it starts from the dispense").toHaveTextContent(`Supplied ${local("2026-12-01T14:30:00Z")} from WARD-3, reference RX-4471, by Sam Staff`);
    fireEvent.click(within(row).getByRole("button", { name: "Pack history" }));
    expect(go).toHaveBeenCalledWith({ screen: "unit", pack: { gtin: "09506000134352", serial: "A4" } });
  });

  it("says each tab's empty state in words", async () => {
    renderWith(nationalBackend("staff", { queues: { waiting: [], done: [], alerts: [], failed: [] } }), <VerificationView go={vi.fn()} />);
    expect(await screen.findByText("Nothing waits: every request has been answered.")).toBeInTheDocument();
    await openTab(/^Answered/);
    expect(await screen.findByText("No request has been answered yet.")).toBeInTheDocument();
    await openTab(/^Alerts/);
    expect(await screen.findByText("No alerts: the national system has raised none about this site's packs.")).toBeInTheDocument();
    await openTab(/^Failed/);
    expect(await screen.findByText("Nothing failed: no request was refused.")).toBeInTheDocument();
  });

  it.each(["qa", "manager", "admin"] as const)("lets the role %s try a failed request again, and reads the queue again", async (role) => {
    const backend = nationalBackend(role);
    renderWith(backend, <VerificationView go={vi.fn()} />);
    await openTab(/^Failed/);
    const failed = await screen.findByRole("table", { name: "Requests that failed" });
    const reads = backend.calls.filter((c) => c.op === "national_summary").length;
    fireEvent.click(within(failed).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Queued again as request 6.");
    expect(backend.calls.filter((c) => c.op === "national_retry")).toEqual([{ op: "national_retry", request: { id: 5 } }]);
    await waitFor(() => expect(backend.calls.filter((c) => c.op === "national_summary").length, "the figures are read again").toBeGreaterThan(reads));
  });

  it("does not offer staff to try again", async () => {
    renderWith(nationalBackend("staff"), <VerificationView go={vi.fn()} />);
    await openTab(/^Failed/);
    const failed = await screen.findByRole("table", { name: "Requests that failed" });
    expect(within(failed).queryByRole("button", { name: "Try again" })).toBeNull();
    expect(within(failed).queryByRole("columnheader", { name: "Action" })).toBeNull();
  });

  it("shows a refused retry as the api says it, on its row", async () => {
    const [one] = QUEUES.failed;
    if (!one) throw new Error("no failed request in the fixture");
    const backend = nationalBackend("qa", { queues: { failed: [{ ...one, request: { ...one.request, id: 9 } }] } });
    renderWith(backend, <VerificationView go={vi.fn()} />);
    await openTab(/^Failed/);
    const failed = await screen.findByRole("table", { name: "Requests that failed" });
    fireEvent.click(within(failed).getByRole("button", { name: "Try again" }));
    expect(await within(failed).findByRole("alert")).toHaveTextContent("Request 9 has not failed: only a failed request is tried again.");
  });

  it("says when the site has no national system, and lets a manager choose one, a refusal shown on its field", async () => {
    const backend = nationalBackend("manager", { settings: OFF, summary: QUIET });
    renderWith(backend, <VerificationView go={vi.fn()} />);
    expect(await screen.findByText(/This site does not answer to a national verification system/)).toBeInTheDocument();
    expect(screen.queryByRole("tab"), "no queue to show").toBeNull();
    const form = screen.getByRole("form", { name: "National verification system" });
    fireEvent.change(within(form).getByLabelText("When to check"), { target: { value: "at_dispense" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const market = within(form).getByLabelText("Market");
    await waitFor(() => expect(market.closest(".field")?.querySelector(".react-aria-FieldError")?.textContent).toBe("Choose the national system (EU-xx or US) first."));
    fireEvent.change(market, { target: { value: "eu-de" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/National system EU-DE/)).toBeInTheDocument();
    expect(backend.calls.filter((c) => c.op === "set_national_settings").map((c) => c.request)).toEqual([
      { market: null, check: "at_dispense", window_hours: 24 },
      { market: "EU-DE", check: "at_dispense", window_hours: 24 },
    ]);
    expect(await screen.findByRole("tab", { name: /^Waiting/ })).toBeInTheDocument();
  });

  it("tells staff who chooses the national system, without the form", async () => {
    renderWith(nationalBackend("staff", { settings: OFF, summary: QUIET }), <VerificationView go={vi.fn()} />);
    expect(await screen.findByText(/An inventory manager or an administrator chooses it here\./)).toBeInTheDocument();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("lets a manager decommission at receipt with a window of their own, a window out of range refused on its field", async () => {
    const backend = nationalBackend("manager", { settings: OFF, summary: QUIET });
    renderWith(backend, <VerificationView go={vi.fn()} />);
    const form = await screen.findByRole("form", { name: "National verification system" });
    fireEvent.change(within(form).getByLabelText("Market"), { target: { value: "EU-NL" } });
    fireEvent.change(within(form).getByLabelText("When to check"), { target: { value: "decommission_at_receipt" } });
    const hours = within(form).getByLabelText("Decommission window (hours)");
    fireEvent.change(hours, { target: { value: "300" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(hours.closest(".field")?.querySelector(".react-aria-FieldError")?.textContent).toMatch(/300 hours is not a decommission window/));
    fireEvent.change(hours, { target: { value: "12" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/National system EU-NL · each pack received is decommissioned as supplied · decommissioned within 12 h/)).toBeInTheDocument();
  });
});
