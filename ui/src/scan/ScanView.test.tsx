// The scan screen's defaults, on what custody-api answered for a QA officer (the
// `movement-rules` flow): the workstation's location asked once and remembered for this
// database, movements the role may not make greyed with why, and the document cleared when the
// movement changes.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../App";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";

const setup = () => recorded("movement-rules", 2).ok as { database: string };

async function openScan() {
  renderWith(replayBackend(flow("movement-rules")), <App />);
  fireEvent.click(await screen.findByRole("button", { name: "Scan" }));
}

describe("the scan screen's defaults", () => {
  beforeEach(() => window.localStorage.clear());

  it("asks which location this workstation is once, and remembers it for this database", async () => {
    await openScan();
    const asked = await screen.findByRole("form", { name: "Workstation location" });
    expect(asked).toHaveTextContent("Which location is this workstation?");
    expect(screen.queryByLabelText("Scan a pack"), "no scanning before the location is known").not.toBeInTheDocument();
    await within(asked).findByRole("option", { name: "Main store (MAIN)" });
    fireEvent.change(within(asked).getByLabelText("Workstation location"), { target: { value: "MAIN" } });
    fireEvent.click(within(asked).getByRole("button", { name: "Use this location" }));
    expect(await screen.findByLabelText("Scan a pack")).toBeInTheDocument();
    expect(window.localStorage.getItem(`custody.workstation-location.${setup().database}`), "kept under this database's identity").toBe("MAIN");
    expect(window.localStorage.length, "nothing kept for any other database").toBe(1);
  });

  it("uses the remembered location without asking, and never another database's", async () => {
    window.localStorage.setItem("custody.workstation-location.OTHER@2020-01-01T00:00:00Z", "WARD-3");
    window.localStorage.setItem(`custody.workstation-location.${setup().database}`, "MAIN");
    await openScan();
    await screen.findByLabelText("Scan a pack");
    await waitFor(() => expect(screen.getByLabelText("Location")).toHaveValue("MAIN"));
    expect(screen.queryByRole("form", { name: "Workstation location" })).not.toBeInTheDocument();
  });

  it("greys the movements the role may not make, with why, and clears the document when the movement changes", async () => {
    window.localStorage.setItem(`custody.workstation-location.${setup().database}`, "MAIN");
    await openScan();
    await screen.findByLabelText("Scan a pack");
    expect(await screen.findByRole("radio", { name: "Dispense" }), "a QA officer does not dispense").toBeDisabled();
    expect(screen.getByRole("radio", { name: "Release" })).toBeEnabled();
    expect(screen.getByLabelText("Movements not offered")).toHaveTextContent("Not offered to you: Dispense, Transfer, Return to stock");
    expect(screen.getByLabelText("Movements not offered")).toHaveTextContent("quinn is a QA officer");
    fireEvent.change(screen.getByLabelText("Document"), { target: { value: "PO-7" } });
    expect(screen.getByLabelText("Document")).toHaveValue("PO-7");
    fireEvent.click(screen.getByRole("radio", { name: "Release" }));
    await waitFor(() => expect(screen.getByLabelText("Document"), "a PO does not carry over to another movement").toHaveValue(""));
  });

  it("says what is missing before the first scan: for a receipt, where the goods come from", async () => {
    window.localStorage.setItem(`custody.workstation-location.${setup().database}`, "MAIN");
    await openScan();
    const box = await screen.findByLabelText("Scan a pack");
    await waitFor(() => expect(box).toHaveAccessibleDescription(/Before scanning: choose the supplier or sending site/));
  });

  it("offers an optional destination for a release, and none for a receipt", async () => {
    window.localStorage.setItem(`custody.workstation-location.${setup().database}`, "MAIN");
    await openScan();
    await screen.findByLabelText("Scan a pack");
    expect(screen.queryByLabelText("To location"), "a receipt goes where the workstation is: no destination").not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole("radio", { name: "Release" }));
    const to = await screen.findByLabelText("To location");
    expect(to, "QA may say where released stock goes").toHaveValue("");
    expect(within(to).getByRole("option", { name: "Where it is held (here if in quarantine)" }), "and may leave it: the default says what happens").toBeInTheDocument();
  });
});
