import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import type { Backend } from "../backend/backend";
import type { NationalSummary } from "../bindings";
import { flow, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { nationalBackend, QUIET, RUNNING, SUMMARY, type FakeNational } from "./fixtures";

/** The recorded Home flow, with the national verification queue (and the pack history it leads
 * to) answered as `summary` says; `national.calls` has what was asked of them. */
function withQueue(summary: NationalSummary): { backend: Backend; national: FakeNational } {
  const replay = replayBackend(flow("home"));
  const national = nationalBackend("admin", { summary });
  const ours = (op: string) => op.startsWith("national_") || op === "unit_history";
  const call = ((op: string, request: unknown) => (ours(op) ? national.call(op as "national_summary", request as null) : replay.call(op as "summary", request as null))) as Backend["call"];
  return { backend: { ...replay, call }, national };
}

describe("the status bar's verification corner", () => {
  it("says how many verifications wait, as a warning while a decommission window ends, and opens the screen", async () => {
    renderWith(withQueue(SUMMARY).backend, <App />);
    const corner = await screen.findByRole("button", { name: "National verification: 3 verifications waiting · decommission window ending" });
    expect(corner).toHaveClass("warning");
    expect(corner, "the status bar is narrow: the warning is the corner's tone").toHaveTextContent(/^⚠ 3 verifications waiting$/);
    fireEvent.click(corner);
    expect(await screen.findByRole("heading", { name: "Verification" })).toBeInTheDocument();
    expect(await screen.findByLabelText("Verification figures")).toHaveTextContent("Waiting3");
  });

  it("says it quietly when nothing is late", async () => {
    renderWith(withQueue({ ...SUMMARY, pending: 1, sent: 0, window_warning: false }).backend, <App />);
    const corner = await screen.findByRole("button", { name: "National verification: 1 verification waiting" });
    expect(corner).not.toHaveClass("warning");
  });

  it("says nothing leaves while requests wait and no national.toml is there, in the warning's tone", async () => {
    const drainer = { ...RUNNING, state: "not_configured" as const, last_answer_at: null };
    renderWith(withQueue({ ...SUMMARY, pending: 1, sent: 0, window_warning: false, drainer }).backend, <App />);
    const corner = await screen.findByRole("button", { name: "National verification: 1 verification waiting · Not connected: no national.toml" });
    expect(corner).toHaveClass("warning");
    expect(corner).toHaveTextContent(/^⚠ Not connected: no national.toml$/);
  });

  it("is hidden while nothing waits", async () => {
    const { backend, national } = withQueue({ ...QUIET, alerts: 2 });
    renderWith(backend, <App />);
    await screen.findByText("Needs attention");
    await waitFor(() => expect(national.calls.map((c) => c.op), "the corner read the figures").toContain("national_summary"));
    expect(screen.queryByRole("button", { name: /National verification/ })).toBeNull();
  });

  it("is a screen of the sidebar, and an alert leads to the pack's history", async () => {
    const { backend, national } = withQueue(SUMMARY);
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Verification" }));
    fireEvent.click(await screen.findByRole("tab", { name: /^Alerts/ }));
    const alerts = await screen.findByRole("table", { name: "Requests that raised an alert" });
    fireEvent.click(within(alerts).getByRole("button", { name: "Pack history" }));
    expect(await screen.findByRole("heading", { name: "Unit history" })).toBeInTheDocument();
    expect(screen.getByLabelText("Serial")).toHaveValue("A4");
    await waitFor(() => expect(national.calls.at(-1)).toEqual({ op: "unit_history", request: { scan: null, gtin: "09506000134352", serial: "A4", lot: null } }));
  });
});
