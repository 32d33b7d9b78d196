import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { StockView } from "./StockView";

const rows = () => recorded("stock", 1).ok as Array<{ product: string; in_stock: number }>;

describe("StockView", () => {
  it("lists the stock rows the api answers, a page at a time", async () => {
    const backend = replayBackend(flow("stock"));
    renderWith(backend, <StockView />);
    const first = rows()[0];
    expect(first, "the flow received packs").toBeDefined();
    expect(await screen.findByText(first?.product ?? "")).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(rows().length + 1);
    expect(backend.calls.find((c) => c.op === "stock")?.request, "the first page only, not everything").toMatchObject({ limit: 200, offset: 0 });
  });

  it("asks the api for one location when one is chosen", async () => {
    const backend = replayBackend(flow("stock"));
    renderWith(backend, <StockView />);
    await screen.findByText(rows()[0]?.product ?? "");
    await screen.findByRole("option", { name: "Ward 3 (WARD-3)" });
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3" } });
    await waitFor(() => expect(backend.calls.at(-1)?.request).toMatchObject({ location: "WARD-3" }));
    expect(await screen.findByText("No stock matches.")).toBeInTheDocument();
  });

  it("says when nothing matches", async () => {
    renderWith(replayBackend(flow("stock")), <StockView />);
    await screen.findByText(rows()[0]?.product ?? "");
    fireEvent.change(screen.getByLabelText("Search products"), { target: { value: "no such product" } });
    expect(await screen.findByText("No stock matches.")).toBeInTheDocument();
  });

  it("opens narrowed to what a Home tile counted, says so, and shows everything once that is removed", async () => {
    const backend = replayBackend(flow("figures"));
    renderWith(backend, <StockView held="suspect" />);
    expect(await screen.findByText("Suspect packs")).toBeInTheDocument();
    expect(backend.calls.find((c) => c.op === "stock")?.request, "the api narrows the list").toMatchObject({ held: "suspect" });
    expect(await screen.findByText(/1 suspect/)).toBeInTheDocument();
    expect(screen.getAllByRole("row"), "only MAIN holds a suspect pack: a header and one row").toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: /Show all stock/ }));
    expect(await screen.findByText("Out of stock"), "the ward with a rule and nothing there").toBeInTheDocument();
    expect(screen.queryByText("Suspect packs"), "the narrowing is gone").toBeNull();
    expect(backend.calls.at(-1)?.request, "the whole list is asked for").not.toHaveProperty("held");
  });

  it("opens the product at the clicked row's location, its rule editor there", async () => {
    renderWith(replayBackend(flow("figures")), <StockView />);
    fireEvent.click((await screen.findByText("Out of stock")).closest('[role="row"]') as HTMLElement);
    const panel = await screen.findByRole("complementary", { name: "Product detail" });
    expect(panel).toBeInTheDocument();
    const at = (await screen.findByLabelText("Rule location")) as HTMLSelectElement;
    await waitFor(() => expect(at.value, "the rule edited is the clicked row's (WARD-3), not the first position's (MAIN)").toBe("WARD-3"));
  });
});
