// Settings in French: the Products section, its table and its GTIN check speak the language the
// provider names (the GTIN's problem included: the form passes its `t` to ./gtin.ts).
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { flow, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { Products } from "./Products";

describe("Settings in French", () => {
  it("names the products and says what is wrong with a GTIN in French", async () => {
    renderWith(
      replayBackend(flow("products")),
      <I18nProvider lang="fr">
        <Products canChange />
      </I18nProvider>,
    );
    expect(await screen.findByRole("table", { name: "Liste des produits" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un produit" }));
    const gtin = screen.getByLabelText("GTIN");
    fireEvent.change(gtin, { target: { value: "09506000134355" } });
    await waitFor(() => expect(gtin.closest(".field")?.querySelector(".react-aria-FieldError")?.textContent).toBe("la clé de contrôle devrait être 2"));
    expect(screen.getByRole("button", { name: "Enregistrer le produit" })).toBeInTheDocument();
  });
});
