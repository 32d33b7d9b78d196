// The Replenish screen against the recorded api: a pick list made from the ward's shortage, a
// proposed pack picked by a scan typed as a wedge scanner types it, and the same pack scanned
// again refused with the api's sentence (it has left the pharmacy); with two wards short of the
// product, a pack is refused until "Picking for" names the ward, and then goes to that ward.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { flow, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

const GS = String.fromCharCode(29);
/** The fixture's pack of Amoxicillin with `serial`, as a scanner sends it. */
const pack = (serial: string) => `]d2010950600013435217280630${GS}10L1${GS}21${serial}`;

/** Types a scan into the scan box as a wedge scanner does: characters, GS as its own key, Enter. */
function typeScan(box: HTMLElement, raw: string) {
  let value = "";
  for (const ch of raw) {
    if (ch === GS) {
      fireEvent.keyDown(box, { key: GS, code: "Unidentified" });
      value = (box as HTMLInputElement).value;
      continue;
    }
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
  fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
}

describe("Replenish", () => {
  it("makes a pick list, picks a proposed pack by scanning, and refuses it scanned again", async () => {
    const backend = replayBackend(flow("replenishing"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Replenish" }));
    fireEvent.click(await screen.findByRole("button", { name: "Make pick list" }));
    const table = await screen.findByRole("table", { name: "Pick from MAIN" });
    const line = within(table).getByRole("row", { name: /Line 1/ });
    expect(line, "the ward's top-up names what to take").toHaveTextContent("R1");
    expect(line).toHaveTextContent("0 of 2");
    const box = screen.getByLabelText("Scan each pack you pick");
    typeScan(box, pack("R1"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Last scan" })).toHaveTextContent("Picked Amoxicillin"));
    expect(screen.getByRole("status", { name: "Last scan" }), "the ward and the progress").toHaveTextContent("for WARD-3: 1 of 2");
    await waitFor(() => expect(within(screen.getByRole("table", { name: "Pick from MAIN" })).getByRole("row", { name: /Line 1/ })).toHaveTextContent("1 of 2"));
    typeScan(screen.getByLabelText("Scan each pack you pick"), pack("R1"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Last scan" })).toHaveTextContent("Not picked"));
    await waitFor(() => expect(backend.done(), "every recorded step was taken").toBe(true));
  });

  it("asks which ward a pack is for when two wards want it, and picks for the ward chosen", async () => {
    const backend = replayBackend(flow("replenishing_two_wards"));
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Replenish" }));
    fireEvent.click(await screen.findByRole("button", { name: "Make pick list" }));
    await screen.findByRole("table", { name: "Pick from MAIN" });
    const choice = screen.getByRole("radiogroup", { name: "Picking for" });
    expect(within(choice).getByRole("radio", { name: "All wards" }), "all wards by default").toBeChecked();
    typeScan(screen.getByLabelText("Scan each pack you pick"), pack("R1"));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "Last scan" }), "never guessed: the wards are named").toHaveTextContent(
        "Not picked: Amoxicillin 500 mg is on this pick list for WARD-3 and WARD-9: choose which ward you are picking for.",
      ),
    );
    fireEvent.click(within(choice).getByRole("radio", { name: "WARD-9" }));
    expect(screen.getByLabelText("Scan each pack you pick"), "choosing a ward gives the scanner's keystrokes back to the scan box").toHaveFocus();
    typeScan(screen.getByLabelText("Scan each pack you pick"), pack("R1"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Last scan" }), "the pack goes to the ward chosen").toHaveTextContent("Picked Amoxicillin 500 mg for WARD-9"));
    await waitFor(() => expect(backend.done(), "every recorded step was taken").toBe(true));
  });
});
