// The counts a person comes back to, on what custody-api answered (transcript `count-list`):
// the list read from the database, Resume, a lot's "how many?", Apply shown as a manager's,
// Abandon with a reason and a confirmation; and (transcript `count-older`) counts older than
// the newest hundred reached with "Older counts".
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

function typeScan(box: HTMLElement, raw: string) {
  let value = "";
  for (const ch of raw) {
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
  fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
}

const GAUZE = "]d201095060001343691729013110G7";

describe("counts you can come back to", () => {
  it("lists the counts, resumes one, asks how many of a lot, and abandons another with a reason", async () => {
    const backend = replayBackend(flow("count-list"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Counts" }));
    const table = await screen.findByRole("table", { name: "Counts" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0]?.textContent), "newest first, from the database").toEqual(["COUNT-2", "COUNT-1"]);
    expect(rows[0], "a blind count shows no expected figure to staff").toHaveTextContent("Blind · all products1 packs");
    const apply = within(rows[1] as HTMLElement).getByRole("button", { name: "Apply COUNT-1" });
    expect(apply, "staff may not apply a count: greyed").toBeDisabled();
    expect(rows[1], "and says why").toHaveTextContent("Apply: a manager signs it");

    fireEvent.click(within(rows[0] as HTMLElement).getByRole("button", { name: "Resume COUNT-2" }));
    const box = await screen.findByLabelText("Scan each pack once");
    typeScan(box, GAUZE);
    const howMany = await screen.findByLabelText("How many?");
    await waitFor(() => expect(howMany, "the quantity field takes the focus").toHaveFocus());
    const asked = recorded("count-list", 5).ok as { message: string };
    expect(screen.getByRole("form", { name: "Lot quantity" })).toHaveTextContent(asked.message);
    fireEvent.change(howMany, { target: { value: "12" } });
    fireEvent.submit(screen.getByRole("form", { name: "Lot quantity" }));
    const lots = await screen.findByRole("table", { name: "Counted by lot" });
    await waitFor(() => expect(lots, "the lot's running total").toHaveTextContent("G712"));
    expect(screen.getByRole("status")).toHaveTextContent((recorded("count-list", 6).ok as { message: string }).message);

    fireEvent.click(screen.getByRole("button", { name: "Back to the counts" }));
    const again = await screen.findByRole("table", { name: "Counts" });
    fireEvent.click(within(again).getByRole("button", { name: "Abandon COUNT-1" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Abandon COUNT-1" }));
    expect(await within(dialog).findByText("Say why the count is abandoned."), "a reason is asked for").toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText("Why is it abandoned?"), { target: { value: "Counted the wrong shelf" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Abandon COUNT-1" }));
    await waitFor(() => expect(backend.done(), "the count was abandoned with its reason").toBe(true));
    await waitFor(() => expect(screen.getByRole("table", { name: "Counts" }), "the list says why it was abandoned").toHaveTextContent("abandonedCounted the wrong shelf"));
  });

  it("reaches counts older than the newest hundred with Older counts", async () => {
    const backend = replayBackend(flow("count-older"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Counts" }));
    const table = await screen.findByRole("table", { name: "Counts" });
    expect(within(table).getAllByRole("row").slice(1), "one page: the newest hundred").toHaveLength(100);
    expect(within(table).queryByText("COUNT-1"), "the oldest is not on the first page").toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Older counts" }));
    await waitFor(() => expect(within(table).getByText("COUNT-1"), "the next page, below the last shown").toBeInTheDocument());
    expect(within(table).getAllByRole("row").slice(1)).toHaveLength(101);
    expect(screen.queryByRole("button", { name: "Older counts" }), "a short page is the oldest: nothing more to read").toBeNull();
    expect(backend.done()).toBe(true);
  });
});
