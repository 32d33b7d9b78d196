// The line under the movement buttons says who the person is, from their username and role, in
// the session's language (not by cutting custody-api's English sentence); the whole refusal
// stays the greyed button's tooltip.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Backend } from "../backend/backend";
import type { AppInfo, MovementOffer } from "../bindings";
import { I18nProvider } from "../i18n/I18n";
import { renderWith } from "../test/render";
import { MovementPicker } from "./MovementPicker";

const actor = { id: 4, username: "quinn", name: "Quinn QA", role: "qa", active: true } as const;
const backend = { appInfo: () => Promise.resolve({ actor } as unknown as AppInfo) } as unknown as Backend;
const offers: MovementOffer[] = [
  { movement: "receive", allowed: true, why_not: null },
  { movement: "dispense", allowed: false, why_not: "quinn a le rôle de responsable qualité et ne peut pas dispenser du stock : demandez à quelqu’un dont le rôle le permet." },
];

describe("the movements not offered", () => {
  it("say who the person is in English as before", async () => {
    renderWith(backend, <MovementPicker value="receive" offers={offers} onChange={() => {}} />);
    expect(await screen.findByText("Not offered to you: Dispense. quinn is a QA officer.")).toBeInTheDocument();
  });

  it("say it in French too, the whole refusal kept for the tooltip", async () => {
    renderWith(
      backend,
      <I18nProvider lang="fr">
        <MovementPicker value="receive" offers={offers} onChange={() => {}} />
      </I18nProvider>,
    );
    expect(await screen.findByText(/quinn a le rôle de responsable qualité\.$/)).toBeInTheDocument();
    expect(screen.getByTitle(offers[1]?.why_not ?? "")).toBeInTheDocument();
  });
});
