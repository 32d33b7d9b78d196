// "Which location is this workstation?": asked once on this computer for the open database, and
// again only when the remembered location no longer exists (see `workstation.ts`).
import { useState } from "react";
import { useT } from "../i18n/I18n";
import { LocationSelect } from "../widgets/Choosers";
import { Button } from "../widgets/controls";

export function WorkstationPrompt({ onChoose }: { onChoose(code: string): void }) {
  const t = useT();
  const [code, setCode] = useState("");
  return (
    <form
      className="workstation-prompt"
      aria-label={t("scan.prompt.name")}
      onSubmit={(e) => {
        e.preventDefault();
        if (code) onChoose(code);
      }}
    >
      <h2>{t("scan.prompt.title")}</h2>
      <p className="muted">{t("scan.prompt.hint")}</p>
      <LocationSelect label={t("scan.prompt.label")} name={t("scan.prompt.name")} value={code} onChange={setCode} none={t("scan.choose")} />
      <Button type="submit" variant="primary" isDisabled={!code}>
        {t("scan.prompt.use")}
      </Button>
    </form>
  );
}
