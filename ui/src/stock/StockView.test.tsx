import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeBackend, sampleData } from "../backend/fake";
import { renderWith } from "../test/render";
import { StockView } from "./StockView";

describe("StockView", () => {
  it("lists stock rows from the backend", async () => {
    renderWith(fakeBackend(sampleData(3)), <StockView />);
    expect(await screen.findByText("Amoxicillin 500 mg capsules x21")).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(4); // header + 3
  });

  it("asks the backend for one location when one is chosen", async () => {
    const backend = fakeBackend(sampleData(4));
    renderWith(backend, <StockView />);
    await screen.findByText("Amoxicillin 500 mg capsules x21");
    await screen.findByRole("option", { name: "Ward 3A (WARD-3A)" });
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3A" } });
    await waitFor(() => expect(backend.calls.at(-1)?.location).toBe("WARD-3A"));
    await waitFor(() => expect(screen.queryByText("Amoxicillin 500 mg capsules x21")).not.toBeInTheDocument());
    expect(screen.getByText("Product 1")).toBeInTheDocument();
  });

  it("pages from the backend instead of loading everything", async () => {
    const backend = fakeBackend(sampleData(450));
    renderWith(backend, <StockView />);
    await screen.findByText("Amoxicillin 500 mg capsules x21");
    expect(backend.calls[0]).toMatchObject({ limit: 200, offset: 0 });
  });

  it("says when nothing matches", async () => {
    renderWith(fakeBackend(sampleData(2)), <StockView />);
    await screen.findByText("Amoxicillin 500 mg capsules x21");
    fireEvent.change(screen.getByLabelText("Search products"), { target: { value: "no such product" } });
    expect(await screen.findByText("No stock matches.")).toBeInTheDocument();
  });
});
