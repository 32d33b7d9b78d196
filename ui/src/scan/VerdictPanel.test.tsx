// The verdict panel speaks the session's language: its own words from the catalogue, the
// backend's verdict as it came, and the pack's codes kept left to right in running text.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { VerdictPanel } from "./VerdictPanel";

const none = () => undefined;
const answers = { onConfirm: none, onSamePack: none, onSecondPack: none, onCancel: none };

describe("the verdict panel in another language", () => {
  it("says its own words in French", () => {
    render(
      <I18nProvider lang="fr">
        <VerdictPanel latest={undefined} question={null} {...answers} />
      </I18nProvider>,
    );
    expect(screen.getByRole("status", { name: "Verdict" })).toHaveTextContent("Prêt. Scannez une boîte.");
  });

  it("asks about a repeated code in Arabic with the serial isolated left to right", () => {
    render(
      <I18nProvider lang="ar">
        <VerdictPanel latest={undefined} question={{ kind: "repeat", raw: "x", product: "Amoxicillin 500 mg", serial: "S-12" }} {...answers} />
      </I18nProvider>,
    );
    const panel = screen.getByRole("status", { name: "الحكم" });
    expect(panel).toHaveTextContent("سبق مسح Amoxicillin 500 mg (الرقم التسلسلي S-12) في هذه الجلسة.");
    expect(panel.querySelector("bdi[dir='ltr']")).toHaveTextContent("S-12");
    expect(screen.getByRole("button", { name: "العبوة نفسها" })).toBeInTheDocument();
  });
});
