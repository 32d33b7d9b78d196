import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "./App";
import { FAKE_PASSWORD, fakeBackend, sampleData } from "./backend/fake";
import { renderWith } from "./test/render";

describe("App", () => {
  it("shows the site, the acting user and the store's figures", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    expect(await screen.findByText("St. Example General Hospital")).toBeInTheDocument();
    expect(screen.getByText("Demo Administrator")).toBeInTheDocument();
    expect(screen.getByText("8,000")).toBeInTheDocument();
  });

  it("says when the last backup was taken", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    expect(await screen.findByText("Last backup 2026-11-22 02:00 UTC")).toBeInTheDocument();
  });

  it("stops the user at a failed start-up check and names the last good backup", async () => {
    const data = sampleData();
    data.info.integrity = ["*** in database main ***\nPage 42: btreeInitPage() returns error code 11"];
    renderWith(fakeBackend(data), <App />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The database failed its start-up check");
    expect(alert).toHaveTextContent("Page 42");
    expect(alert).toHaveTextContent("custody backup restore /tmp/backups/custody-20261122-020000.db --yes");
  });

  it("asks who is signing in, explains a wrong password, and lets the right one in", async () => {
    const data = sampleData();
    data.info.actor = null;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.queryByText("Stock on hand")).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: "Amira Haddad" }));
    const password = screen.getByLabelText("Password");
    fireEvent.change(password, { target: { value: "wrong password" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("wrong username or password");
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: FAKE_PASSWORD } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Amira Haddad")).toBeInTheDocument();
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
  });

  it("signs out after the idle time and on switch user", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const data = sampleData();
      data.info.idle_minutes = 1;
      renderWith(fakeBackend(data), <App />);
      expect(await screen.findByText("Needs attention")).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersByTime(61_000);
      });
      expect(await screen.findByText("Signed out after 1 minutes without activity.")).toBeInTheDocument();
      expect(data.info.actor).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    const again = sampleData();
    renderWith(fakeBackend(again), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Switch user" }));
    await waitFor(() => expect(again.info.actor).toBeNull());
  });

  it("backs up on demand and lets an administrator choose the folder", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Back up now" }));
    expect(await screen.findByText("Last backup 2026-11-22 09:30 UTC")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Folder…" }));
    const input = screen.getByLabelText("Backup folder");
    fireEvent.change(input, { target: { value: "media/usb" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("is not a full path");
    fireEvent.change(screen.getByLabelText("Backup folder"), { target: { value: "/media/usb/custody" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(data.info.backup_dir).toBe("/media/usb/custody"));
  });

  it("checks the whole ledger on demand and says what was altered", async () => {
    const data = sampleData();
    data.ledger = {
      intact: false,
      events: 8000,
      units: 3000,
      problems: ["event 0193… (seq 100, receive at 2026-11-01) no longer matches its hash"],
      total_problems: 1,
    };
    renderWith(fakeBackend(data), <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Check the ledger" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The ledger was altered (1 problem): event 0193… (seq 100");
  });

  it("explains an empty database instead of showing an empty list", async () => {
    const data = sampleData();
    data.info.site = null;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText("Set up Custody")).toBeInTheDocument();
  });
});
