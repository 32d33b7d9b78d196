// The anti-tampering device check on the dispense screen (EU FMD), shown only where the site's
// national check decommissions at dispense or at receipt: "Seal intact" stays on between scans
// (a pharmacist scanning fast confirms once, not per pack), and "Seal broken" marks the next
// scan alone, whose pack is then held in quarantine as suspect instead of supplied.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { Movement, TamperCheck } from "../bindings";
import { useT } from "../i18n/I18n";

/** The check as the screen holds it: intact on or off, broken armed for the next scan. */
export interface Seal {
  intact: boolean;
  brokenNext: boolean;
}

/** What a scan sends for `seal`: broken for the armed scan, intact while confirmed, else none. */
export function tamperFor(seal: Seal): TamperCheck | undefined {
  if (seal.brokenNext) return "broken";
  return seal.intact ? "intact" : undefined;
}

/** Whether the screen asks for the check: a dispense at a site that decommissions packs. */
export function useAsksSeal(movement: Movement): boolean {
  const backend = useBackend();
  const settings = useQuery({
    queryKey: ["national", "settings"],
    queryFn: () => backend.call("national_settings", null),
    enabled: movement === "dispense",
    retry: false,
  });
  const check = settings.data?.check;
  return movement === "dispense" && (check === "at_dispense" || check === "decommission_at_receipt");
}

export function SealCheck({ seal, onChange }: { seal: Seal; onChange(seal: Seal): void }) {
  const t = useT();
  return (
    <div className="seal-check" role="group" aria-label={t("scan.seal.label")}>
      <label>
        <input type="checkbox" checked={seal.intact} onChange={(e) => onChange({ ...seal, intact: e.target.checked })} />{" "}
        {t("scan.seal.intact")}
      </label>
      <button type="button" aria-pressed={seal.brokenNext} className={seal.brokenNext ? "danger" : undefined} onClick={() => onChange({ ...seal, brokenNext: !seal.brokenNext })}>
        {seal.brokenNext ? t("scan.seal.brokenArmed") : t("scan.seal.broken")}
      </button>
    </div>
  );
}
