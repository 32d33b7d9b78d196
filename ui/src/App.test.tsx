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

  it("explains an empty database instead of showing an empty list", async () => {
    const data = sampleData();
    data.info.site = null;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText("This database is not set up yet")).toBeInTheDocument();
  });
});
