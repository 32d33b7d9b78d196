// The count screens speak the session's language: the abandon dialog in French; and the words
// helpers say with no language given stay the English they were.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Backend } from "../backend/backend";
import type { CountInfo } from "../bindings";
import { I18nProvider } from "../i18n/I18n";
import { sayEnglish } from "../widgets/rich";
import { renderWith } from "../test/render";
import { AbandonDialog } from "./AbandonDialog";
import { countProgressSentence, countScope } from "./format";

const count: CountInfo = {
  id: 3,
  location: "MAIN",
  status: "open",
  blind: true,
  products: [],
  started_at: "2026-12-02T13:05:00Z",
  started_by: "sam",
  expected_units: null,
  counted_units: 1,
  counted_lot_quantity: 12,
  note: null,
};

const backend = { call: () => Promise.reject(new Error("not asked")) } as unknown as Backend;

describe("the count screens in another language", () => {
  it("asks in French before abandoning a count", async () => {
    renderWith(
      backend,
      <I18nProvider lang="fr">
        <AbandonDialog count={count} onClose={() => undefined} />
      </I18nProvider>,
    );
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Rien de cet inventaire n’atteint le registre");
    expect(within(dialog).getByRole("button", { name: "Abandonner COUNT-3" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Conserver l’inventaire" })).toBeInTheDocument();
  });

  it("keeps the English words where no language is given", () => {
    expect(countScope(count, sayEnglish)).toBe("Blind · all products");
    expect(countProgressSentence(count, sayEnglish)).toBe("1 packs counted, 12 counted by lot");
  });
});
