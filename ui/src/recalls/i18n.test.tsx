// A recall's words in French: the product chosen (one not in the product list), with its GTIN
// left as it is.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { ChosenLine } from "./ProductStep";

describe("a new recall in French", () => {
  it("says a product not in the list in French, its GTIN as printed", () => {
    render(
      <I18nProvider lang="fr">
        <ChosenLine chosen={{ gtin: "05012345678900", name: null, lotTracked: false }} />
      </I18nProvider>,
    );
    const line = screen.getByRole("status", { name: "Produit choisi" });
    expect(line).toHaveTextContent("Absent de la liste des produits GTIN 05012345678900 — rien n’en est détenu ici ; ses boîtes seront bloquées si elles arrivent.");
  });
});
