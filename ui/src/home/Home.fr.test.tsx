// Home speaks the session's language: the same figures, in French.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Attention } from "../bindings";
import { I18nProvider } from "../i18n/I18n";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { Home } from "./Home";

describe("Home in French", () => {
  it("names what needs attention in French, each figure with the api's number", async () => {
    renderWith(
      replayBackend(flow("figures")),
      <I18nProvider lang="fr">
        <Home go={() => undefined} />
      </I18nProvider>,
    );
    expect(await screen.findByRole("heading", { name: "À traiter" })).toBeInTheDocument();
    const a = recorded("figures", 1).ok as Attention;
    expect(await screen.findByRole("button", { name: `${a.quarantined} Boîtes en quarantaine` })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `${a.expiring_soon} Se périment d'ici ${a.soon_days} jours` })).toBeInTheDocument();
  });
});
