import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ProductRecord } from "../bindings";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { Products } from "./Products";

/** The text shown beside the field labelled `label` (its error), if any. */
function besideField(label: string): string {
  const field = screen.getByLabelText(label).closest(".field");
  return field?.querySelector(".react-aria-FieldError")?.textContent ?? "";
}

describe("Settings: products", () => {
  it("checks the GTIN as it is typed, saying what is wrong", async () => {
    const backend = replayBackend(flow("products"));
    renderWith(backend, <Products canChange />);
    fireEvent.click(await screen.findByRole("button", { name: "Add product" }));
    const gtin = screen.getByLabelText("GTIN");
    fireEvent.change(gtin, { target: { value: "0950600013" } });
    await waitFor(() => expect(besideField("GTIN"), "ten digits is no GTIN length").toBe("a GTIN has 8, 12, 13 or 14 digits (this has 10)"));
    fireEvent.change(gtin, { target: { value: "09506000134355" } });
    await waitFor(() => expect(besideField("GTIN"), "the digit to type is named").toBe("check digit should be 2"));
    expect(gtin, "the field is marked as wrong for a screen reader too").toHaveAttribute("aria-invalid", "true");
    fireEvent.click(screen.getByRole("button", { name: "Save product" }));
    expect(backend.calls.map((c) => c.op), "a GTIN known to be wrong is never sent").not.toContain("add_product");
    fireEvent.change(gtin, { target: { value: "09506000134352" } });
    await waitFor(() => expect(besideField("GTIN"), "a valid GTIN leaves nothing to say").toBe(""));
  });

  it("adds a product, edits its name, and the list shows the GTIN with the new name", async () => {
    const backend = replayBackend(flow("products"));
    renderWith(backend, <Products canChange />);
    const list = await screen.findByRole("table", { name: "Product list" });
    await within(list).findByText("Amoxicillin 500 mg");

    fireEvent.click(screen.getByRole("button", { name: "Add product" }));
    const form = screen.getByRole("form", { name: "Add a product" });
    fireEvent.change(within(form).getByLabelText("GTIN"), { target: { value: "09506000134376" } });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Syringes 10 mL" } });
    fireEvent.click(within(form).getByRole("radio", { name: "By lot" }));
    fireEvent.change(within(form).getByLabelText("Pack size"), { target: { value: "100" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save product" }));
    const added = recorded("products", 2).ok as ProductRecord;
    expect(await screen.findByRole("status"), "the GTIN is shown back with the name").toHaveTextContent(`Saved: ${added.gtin} ${added.name}`);

    fireEvent.click(await within(list).findByRole("button", { name: "Edit Syringes 10 mL" }));
    const edit = screen.getByRole("form", { name: "Edit product" });
    expect(within(edit).getByLabelText("GTIN"), "the GTIN is the product's identity: it cannot be changed").toBeDisabled();
    fireEvent.change(within(edit).getByLabelText("Name"), { target: { value: "Syringes 10 mL Luer lock" } });
    fireEvent.click(within(edit).getByRole("button", { name: "Save changes" }));
    await within(list).findByText("Syringes 10 mL Luer lock");
    expect(screen.getByRole("status"), "the edited product is named with its GTIN").toHaveTextContent("Saved: 09506000134376 Syringes 10 mL Luer lock");

    fireEvent.change(screen.getByLabelText("Search products"), { target: { value: "luer" } });
    await waitFor(() => expect(within(list).queryByText("Amoxicillin 500 mg"), "the search narrows the list").not.toBeInTheDocument());
    expect(within(list).getByText("Syringes 10 mL Luer lock"), "the edited name is what the search finds").toBeInTheDocument();
    expect(backend.done(), "the product was added and then edited, in that order").toBe(true);
  });
});
