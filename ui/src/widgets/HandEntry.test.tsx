// The hand-entry form: the printed lines checked beside their fields, then sent as the bracketed
// GS1 form through `onScan`, as a scanner's keystrokes are.
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { HandEntry } from "./HandEntry";

const AMOX = "09506000134352";

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit(name = "Check and use") {
  fireEvent.click(screen.getByRole("button", { name }));
}

describe("typing a pack's code by hand", () => {
  it("sends the printed lines as the bracketed GS1 form, then starts again from empty lines", () => {
    const onScan = vi.fn();
    render(<HandEntry onScan={onScan} onClose={() => {}} />);
    type("PC / GTIN", "9506000134352");
    type("SN (serial number)", "Ab12");
    type("Batch / Lot", "L(1)");
    type("Exp (expiry)", "12/2028");
    expect(screen.getByText("Read as the end of December 2028."), "a month-only expiry is read as its month's end").toBeInTheDocument();
    submit();
    expect(onScan, "the EAN padded to 14 digits, the month as day 00, '(' escaped for the decoder").toHaveBeenCalledWith(`(01)${AMOX}(17)281200(10)L\\(1)(21)Ab12`);
    expect((screen.getByLabelText("PC / GTIN") as HTMLInputElement).value, "nothing of this pack is carried into the next").toBe("");
    expect(document.activeElement, "the next pack starts at the GTIN").toBe(screen.getByLabelText("PC / GTIN"));
  });

  it("says what is wrong beside each field and sends nothing", () => {
    const onScan = vi.fn();
    render(<HandEntry onScan={onScan} onClose={() => {}} />);
    type("PC / GTIN", "09506000134353");
    type("SN (serial number)", "A B");
    type("Exp (expiry)", "2027-02-29");
    submit();
    expect(onScan, "a mistyped line is never sent").not.toHaveBeenCalled();
    expect(screen.getByText(/The last digit does not check/)).toBeInTheDocument();
    expect(screen.getByText(/No spaces inside/)).toBeInTheDocument();
    expect(screen.getByText("02/2027 has no day 29.")).toBeInTheDocument();
    expect(screen.getByLabelText("PC / GTIN"), "the field at fault is marked").toHaveAttribute("aria-invalid", "true");
    expect(document.activeElement, "the first field at fault takes the focus").toBe(screen.getByLabelText("PC / GTIN"));
    type("PC / GTIN", AMOX);
    expect(screen.queryByText(/The last digit does not check/), "corrected, the message goes").toBeNull();
  });

  it("asks for the GTIN, and sends a pack without a serial for the decoder and the verdict to judge", () => {
    const onScan = vi.fn();
    render(<HandEntry onScan={onScan} onClose={() => {}} />);
    submit();
    expect(screen.getByText("Type the GTIN: the digits after PC or GTIN.")).toBeInTheDocument();
    type("PC / GTIN", AMOX);
    type("Batch / Lot", "L1");
    submit();
    expect(onScan).toHaveBeenCalledWith(`(01)${AMOX}(10)L1`);
  });

  it("warns that a serial's small letters matter", () => {
    render(<HandEntry onScan={() => {}} onClose={() => {}} />);
    expect(screen.getByText(/capital and small letters are different characters/)).toBeInTheDocument();
    expect(screen.queryByText(/This serial has small letters/)).toBeNull();
    type("SN (serial number)", "x7K");
    expect(screen.getByText(/This serial has small letters: check each one on the pack/)).toBeInTheDocument();
  });

  it("closes on Cancel and on Escape", () => {
    const onClose = vi.fn();
    render(<HandEntry onScan={() => {}} onClose={onClose} />);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    fireEvent.keyDown(screen.getByLabelText("Batch / Lot"), { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("speaks French and reads French month names", () => {
    const onScan = vi.fn();
    render(
      <I18nProvider lang="fr">
        <HandEntry onScan={onScan} onClose={() => {}} />
      </I18nProvider>,
    );
    type("PC / GTIN", AMOX);
    type("SN (numéro de série)", "S1");
    type("Exp (péremption)", "déc. 2028");
    expect(screen.getByText("Lu comme la fin de décembre 2028.")).toBeInTheDocument();
    submit("Vérifier et utiliser");
    expect(onScan).toHaveBeenCalledWith(`(01)${AMOX}(17)281200(21)S1`);
  });
});
