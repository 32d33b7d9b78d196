import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { fakeBackend, sampleData } from "./backend/fake";
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

  it("explains an empty database instead of showing an empty list", async () => {
    const data = sampleData();
    data.info.site = null;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText("This database is not set up yet")).toBeInTheDocument();
  });
});
