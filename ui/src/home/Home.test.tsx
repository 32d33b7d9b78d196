import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Attention } from "../bindings";
import type { Place } from "../nav";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { Home } from "./Home";

const attention = () => recorded("figures", 1).ok as Attention;

/** Home in the recorded "figures" flow, with where each press led. */
function home() {
  const went: Place[] = [];
  const go = vi.fn((p: Place) => went.push(p));
  renderWith(replayBackend(flow("figures")), <Home go={go} />);
  return went;
}

describe("Home", () => {
  it("says what each figure above the tiles counts, with the api's numbers", async () => {
    home();
    const f = attention().figures;
    expect(f.packs_in_stock, "the flow holds a pack in stock").toBeGreaterThan(0);
    expect(await screen.findByRole("button", { name: `${f.packs_in_stock} Packs in stock` })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `${f.products_in_stock} Products in stock` })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `${f.movements_today} Movements recorded today` })).toBeInTheDocument();
    expect(screen.queryByText(/ledger events/i), "a ledger's size is not a pharmacist's figure").toBeNull();
  });

  it("opens the stock list narrowed to what a tile counted", async () => {
    const went = home();
    fireEvent.click(await screen.findByRole("button", { name: `${attention().suspect} Suspect packs held` }));
    fireEvent.click(screen.getByRole("button", { name: /Packs in quarantine/ }));
    fireEvent.click(screen.getByRole("button", { name: /Expired, still in stock/ }));
    expect(went, "each tile leads to the stock list narrowed to its own stock").toEqual([
      { screen: "stock", held: "suspect" },
      { screen: "stock", held: "quarantined" },
      { screen: "stock", held: "expired" },
    ]);
  });

  it("opens the expiry list over the tile's window, and today's movements in the audit extract", async () => {
    const went = home();
    fireEvent.click(await screen.findByRole("button", { name: /Expiring within 30 days/ }));
    fireEvent.click(screen.getByRole("button", { name: /Movements recorded today/ }));
    expect(went[0], "the expiry list counts over the same 30 days as the tile, without expired stock, as the tile does").toEqual({ screen: "expiry", within: 30, expiringOnly: true });
    expect(went[1]?.screen).toBe("reports");
    expect(went[1]?.auditDay, "today's audit extract, by the local day").toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
