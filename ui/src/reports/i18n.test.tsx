// A report's preview in French: the screen's own words (Print, the document's head, the rows
// left for the PDF) in French, the document's words as the shell wrote them.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Document } from "../bindings";
import { I18nProvider } from "../i18n/I18n";
import { DocumentPreview } from "./DocumentPreview";

const doc = {
  kind: "stock-on-hand",
  title: "Stock disponible",
  banner: null,
  site: "Pharmacie",
  generated_at: "2026-11-30 10:00 (UTC+01:00)",
  generated_by: "Quinn QA (quinn)",
  covers: "tous les emplacements",
  blocks: [
    {
      type: "table",
      name: "MAIN",
      columns: [{ title: "Série", width: 21, numeric: false, checkbox: false }],
      rows: Array.from({ length: 1201 }, (_, i) => [`SN${i}`]),
      empty: "",
    },
  ],
} as unknown as Document;

describe("a report's preview in French", () => {
  it("says Print and the rows left for the PDF in French", () => {
    render(
      <I18nProvider lang="fr">
        <DocumentPreview doc={doc} />
      </I18nProvider>,
    );
    expect(screen.getByRole("button", { name: "Imprimer" })).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "Aperçu de Stock disponible" })).toBeInTheDocument();
    expect(screen.getByText(/Portée : tous les emplacements/)).toBeInTheDocument();
    expect(screen.getByText(/^… et 1\s001 lignes de plus dans le PDF et le CSV\.$/)).toBeInTheDocument();
  });
});
