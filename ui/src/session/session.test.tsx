import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

afterEach(() => {
  vi.useRealTimers();
});

describe("the session", () => {
  it("returns to sign-in, with the shell's reason, when a call is answered signed out", async () => {
    const backend = replayBackend(flow("home"));
    renderWith(backend, <App />);
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    // The shell closed the idle session although the window's own timer had not fired.
    backend.expireSession(10);
    fireEvent.click(screen.getByRole("button", { name: "Stock" }));
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.getByText("Signed out after 10 minutes without activity.")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Screens" })).not.toBeInTheDocument();
  });

  it("before sign-in shows the site's name and the people who may sign in, nothing of the database", async () => {
    renderWith(replayBackend(flow("sign-in"), { signedOut: true, info: { database: null, backup_dir: null } }), <App />);
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.getByText("Pharmacy")).toBeInTheDocument();
    const people = recorded("sign-in", 0).ok as Array<{ name: string }>;
    for (const p of people) expect(await screen.findByRole("button", { name: p.name })).toBeInTheDocument();
    expect(screen.queryByText(/\/data/)).not.toBeInTheDocument();
    expect(screen.queryByText(/backup/i)).not.toBeInTheDocument();
  });

  it("the double refuses what the shell refuses before sign-in, and answers the public operations", async () => {
    const backend = replayBackend(flow("sign-in"), { signedOut: true });
    await expect(backend.call("stock", { gtin: null, location: null, search: null, limit: 10, offset: 0 })).rejects.toMatchObject({
      code: "session.signed_out",
      args: { reason: "not_signed_in" },
    });
    await expect(backend.call("sign_in_users", null)).resolves.toHaveLength(3);
  });

  it("the double refuses a request the api never answered, naming it", async () => {
    const backend = replayBackend(flow("home"));
    await expect(backend.call("recall_reach", { number: "RCL-404", open_only: false })).rejects.toThrow(/RCL-404/);
  });
});

describe("saving a report", () => {
  it("asks before replacing a file that is already there, and replaces it only when confirmed", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date("2026-12-01T08:00:00Z"));
    const backend = replayBackend(flow("report-saving"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Reports" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save PDF" }));

    const exists = recorded("report-saving", 3).error;
    expect(exists?.code, "the api refuses to write over the file unasked").toBe("files.exists");
    const dialog = await screen.findByRole("dialog", { name: "Replace the file?" });
    expect(dialog).toHaveTextContent(`${String(exists?.args.path)} already exists`);
    // Keeping the file writes nothing and is not an error.
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep the file" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText(/^Saved /)).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Save PDF" }));
    fireEvent.click(within(await screen.findByRole("dialog", { name: "Replace the file?" })).getByRole("button", { name: "Replace" }));
    const saved = recorded("report-saving", 5).ok as { path: string; title: string };
    expect(await screen.findByRole("status")).toHaveTextContent(`Saved ${saved.title} to ${saved.path}`);
    const saves = backend.calls.filter((c) => c.op === "save_report").map((c) => (c.request as { overwrite: boolean }).overwrite);
    expect(saves, "only the confirmed save overwrites").toEqual([false, false, true]);
    expect(backend.done()).toBe(true);
  });
});
