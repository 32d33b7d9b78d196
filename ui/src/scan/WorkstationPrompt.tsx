// "Which location is this workstation?": asked once on this computer for the open database, and
// again only when the remembered location no longer exists (see `workstation.ts`).
import { useState } from "react";
import { LocationSelect } from "../widgets/Choosers";
import { Button } from "../widgets/controls";

export function WorkstationPrompt({ onChoose }: { onChoose(code: string): void }) {
  const [code, setCode] = useState("");
  return (
    <form
      className="workstation-prompt"
      aria-label="Workstation location"
      onSubmit={(e) => {
        e.preventDefault();
        if (code) onChoose(code);
      }}
    >
      <h2>Which location is this workstation?</h2>
      <p className="muted">Scans made here are recorded at this location. It is remembered on this computer; change it later from this screen.</p>
      <LocationSelect label="This workstation is at" name="Workstation location" value={code} onChange={setCode} none="Choose…" />
      <Button type="submit" variant="primary" isDisabled={!code}>
        Use this location
      </Button>
    </form>
  );
}
