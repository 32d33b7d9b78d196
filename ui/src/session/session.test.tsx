import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import { BackendError } from "../backend/backend";
import { fakeBackend, sampleData } from "../backend/fake";
import { renderWith } from "../test/render";

afterEach(() => {
  vi.useRealTimers();
});

describe("the session", () => {
  it("returns to sign-in, with the shell's reason, when a command is answered signed out", async () => {
    const data = sampleData();
    const backend = fakeBackend(data);
    renderWith(backend, <App />);
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    // The shell closed the idle session although the window's own timer had not fired.
    backend.expireSession(10);
    fireEvent.click(screen.getByRole("button", { name: "Stock" }));
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.getByText("Signed out after 10 minutes without activity.")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Screens" })).not.toBeInTheDocument();
  });

  it("before sign-in shows the site's name and nothing of the database", async () => {
    const data = sampleData();
    data.info.actor = null;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText("Who is signing in?")).toBeInTheDocument();
    expect(screen.getByText("St. Example General Hospital")).toBeInTheDocument();
    // The path, the backup folder and the counts are for whoever signs in.
    expect(screen.queryByText(/\/tmp\/demo\.db/)).not.toBeInTheDocument();
    expect(screen.queryByText(/backup/i)).not.toBeInTheDocument();
    expect(screen.queryByText("8,000")).not.toBeInTheDocument();
  });

  it("the fake refuses what the shell refuses before sign-in", async () => {
    const data = sampleData();
    data.info.actor = null;
    const backend = fakeBackend(data);
    await expect(backend.stockPage({ location: null, search: null, limit: 10, offset: 0 })).rejects.toMatchObject({ code: "session.signed_out", args: { reason: "not_signed_in" } });
    await expect(backend.signInUsers()).resolves.toHaveLength(2);
    const info = await backend.appInfo();
    expect(info.database).toBeNull();
    expect(info.backup_dir).toBeNull();
    expect(info.summary).toBeNull();
  });
});

describe("saving a report", () => {
  it("asks before replacing a file that is already there, and replaces it only when confirmed", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date("2026-12-01T08:00:00Z"));
    const backend = fakeBackend(sampleData());
    const overwrites: boolean[] = [];
    const save = backend.saveReport;
    backend.saveReport = (form, file, overwrite) => {
      overwrites.push(overwrite);
      return save(form, file, overwrite);
    };
    backend.reportFiles.add("stock-on-hand-all-202612010800.pdf");
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Reports" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save PDF" }));

    const dialog = await screen.findByRole("dialog", { name: "Replace the file?" });
    expect(dialog).toHaveTextContent("/tmp/reports/stock-on-hand-all-202612010800.pdf already exists");
    expect(overwrites).toEqual([false]);
    // Keeping the file writes nothing and is not an error.
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep the file" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(overwrites).toEqual([false]);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText(/^Saved /)).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Save PDF" }));
    fireEvent.click(within(await screen.findByRole("dialog", { name: "Replace the file?" })).getByRole("button", { name: "Replace" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved Stock on hand to /tmp/reports/stock-on-hand-all-202612010800.pdf");
    expect(overwrites).toEqual([false, false, true]);
  });

  it("shows a refusal to write over the open database as an error, with no way to confirm it", async () => {
    const backend = fakeBackend(sampleData());
    backend.saveReport = () =>
      Promise.reject(
        new BackendError({
          code: "files.open_database",
          message: "/data/reports/stock.pdf is the open database (or its journal): choose another name",
          args: { path: "/data/reports/stock.pdf" },
        }),
      );
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Reports" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save PDF" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("is the open database");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
