import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "./App";
import { recorded, replayBackend, flow, SITE_NAME } from "./test/replayBackend";
import { renderWith } from "./test/render";

describe("App", () => {
  it("shows the site and the person signed in, as the api answered their sign-in", async () => {
    renderWith(replayBackend(flow("home")), <App />);
    expect(await screen.findByText(SITE_NAME)).toBeInTheDocument();
    expect(await screen.findByText("Ada Admin")).toBeInTheDocument();
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
  });

  it("stops the user at a failed start-up check and names the last good backup", async () => {
    const backend = replayBackend(flow("home"), {
      info: {
        integrity: ["*** in database main ***\nPage 42: btreeInitPage() returns error code 11"],
        last_backup: { path: "/data/backups/custody-20261122-020000.db", taken: "20261122-020000", bytes: 4096 },
      },
    });
    renderWith(backend, <App />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The database failed its start-up check");
    expect(alert).toHaveTextContent("Page 42");
    expect(alert).toHaveTextContent("custody backup restore /data/backups/custody-20261122-020000.db --yes");
  });

  it("asks who is signing in, shows the api's refusal of a wrong password, and lets the right one in", async () => {
    const backend = replayBackend(flow("sign-in"), { signedOut: true });
    renderWith(backend, <App />);
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Screens" })).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: "Sam Staff" }));
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "wrong password" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const refused = recorded("sign-in", 1);
    expect(refused.error?.code, "the recorded answer to a wrong password is a refusal").toBe("auth.sign_in_failed");
    expect(await screen.findByRole("alert")).toHaveTextContent(refused.error?.message ?? "");
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "correct horse" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Sam Staff")).toBeInTheDocument();
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    await waitFor(() => expect(backend.done()).toBe(true));
  });

  it("signs out after the idle time", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderWith(replayBackend(flow("home"), { info: { idle_minutes: 1 } }), <App />);
      expect(await screen.findByText("Needs attention")).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersByTime(61_000);
      });
      expect(await screen.findByText("Signed out after 1 minutes without activity.")).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it("switch user returns to the sign-in screen", async () => {
    renderWith(replayBackend(flow("home")), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Switch user" }));
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
  });

  it("after switch user, the next person starts on Home, not on the screen left open", async () => {
    const backend = replayBackend(flow("switch-user"));
    renderWith(backend, <App />);
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    expect(await screen.findByRole("heading", { name: "Settings" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Switch user" }));
    fireEvent.click(await screen.findByRole("button", { name: "Sam Staff" }));
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "correct horse" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Sam Staff")).toBeInTheDocument();
    expect(await screen.findByText("Needs attention"), "Sam starts on Home").toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Settings" }), "the administrator's Settings screen is not left open for Sam").not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Home" }), "the navigation marks Home as the current screen").toHaveAttribute("aria-current", "page");
    await waitFor(() => expect(backend.done(), "admin's session ended and Sam's began").toBe(true));
  });

  it("backs up on demand into the window's backup folder", async () => {
    const backend = replayBackend(flow("home"));
    renderWith(backend, <App />);
    expect(await screen.findByText("No backup yet in /data/backups")).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: "Back up now" }));
    expect(await screen.findByText("Last backup 2026-11-30 09:00 UTC")).toBeInTheDocument();
  });

  it("checks the whole ledger on demand and shows what the api found", async () => {
    renderWith(replayBackend(flow("home")), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Check the ledger" }));
    const check = recorded("home", 3).ok as { intact: boolean; events: number };
    expect(check.intact, "the fixture's ledger is whole").toBe(true);
    expect(await screen.findByRole("status")).toHaveTextContent(`Ledger intact: ${check.events} events`);
  });

  it("explains an empty database instead of showing an empty list", async () => {
    renderWith(replayBackend(flow("home"), { info: { site_name: null } }), <App />);
    expect(await screen.findByText("Set up Custody")).toBeInTheDocument();
  });
});
