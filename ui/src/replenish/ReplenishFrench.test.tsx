// Replenish in French: the tabs, the pick list's table and its progress in the language the
// provider names; money with two places as each language writes it.
import { fireEvent, screen, within } from "@testing-library/react";
import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/catalogue";
import { I18nProvider } from "../i18n/I18n";
import { flow, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { ReplenishView } from "./ReplenishView";

describe("Replenish in French", () => {
  it("makes a pick list with French words around the codes", async () => {
    renderWith(
      replayBackend(flow("replenishing")),
      <I18nProvider lang="fr">
        <ReplenishView />
      </I18nProvider>,
    );
    expect(screen.getByRole("tab", { name: "Commandes fournisseurs" })).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: "Créer la liste de prélèvement" }));
    const table = await screen.findByRole("table", { name: "Prélever depuis MAIN" });
    expect(within(table).getByRole("row", { name: /Ligne 1/ })).toHaveTextContent("0 sur 2");
    expect(screen.getByLabelText("Scannez chaque boîte prélevée")).toBeInTheDocument();
  });

  it("writes money with two places in each language's way", () => {
    const money = (lang: "en" | "fr") =>
      createIntl({ locale: lang, messages: messagesFor(lang) }).formatMessage({ id: "replenish.orders.money" }, { amount: 1234.5 });
    expect(money("en"), "as the screen wrote it before").toBe("1,234.50");
    expect(money("fr").replace(/\s/g, " ")).toBe("1 234,50");
  });
});
