// The network's words in another language: the hub's alarms panel in French, its plural and its
// wall clock as French writes them.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { HubAlarm } from "../bindings";
import { I18nProvider } from "../i18n/I18n";
import { HubAlarms } from "./SyncCorner";

const alarm: HubAlarm = {
  id: 7,
  gtin: "05012345678900",
  serial: "FAKE1",
  state: "open",
  last_change: "raised",
  patterns: ["held_at_two_sites"],
  sites: ["PH1", "PH2"],
  raised_at: new Date(2026, 10, 30, 8, 15).toISOString(),
  closed: null,
};

describe("the hub's alarms in French", () => {
  it("say the count, the pattern and the day in French", () => {
    render(
      <I18nProvider lang="fr">
        <HubAlarms alarms={[alarm, { ...alarm, id: 8, serial: "FAKE2" }]} site="PH1" now={new Date(2026, 11, 1, 9, 0)} />
      </I18nProvider>,
    );
    expect(screen.getByRole("region", { name: "Alertes de contrefaçon du serveur central" })).toBeInTheDocument();
    expect(screen.getByText("2 alertes de contrefaçon du serveur central")).toBeInTheDocument();
    expect(screen.getAllByText("détenue sur deux sites")).toHaveLength(2);
    expect(screen.getAllByText("Autres sites : PH2 · signalée à 30 nov. 08:15")).toHaveLength(2);
  });
});
