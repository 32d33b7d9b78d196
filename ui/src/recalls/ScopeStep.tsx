// Step 2 of a new recall: what of the product is recalled, as the core's scope allows — every
// lot, some lots (picked from the lots seen here, or typed as the notice names them), or some
// packs by serial (scanned or typed).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Check, Field, Segments } from "../widgets/controls";
import { ScanField } from "../widgets/ScanField";
import { recalledLots, splitList, type RecallDraft, type ScopeKind } from "./draft";

interface Props {
  draft: RecallDraft;
  onChange(d: RecallDraft): void;
}

/** The lots of the product seen here, with the packs (or quantity) held of each. */
function useKnownLots(gtin: string | null) {
  const backend = useBackend();
  return useQuery({
    queryKey: ["recall-lots", gtin],
    queryFn: async () => {
      const detail = await backend.call("product_detail", { gtin: gtin ?? "" });
      const held = new Map<string, number>();
      for (const l of detail.lots) {
        if (l.lot) held.set(l.lot, (held.get(l.lot) ?? 0) + l.in_stock + l.quarantined);
      }
      return [...held.entries()].sort(([a], [b]) => a.localeCompare(b));
    },
    enabled: !!gtin,
  });
}

export function ScopeStep({ draft, onChange }: Props) {
  const backend = useBackend();
  const t = useT();
  const known = useKnownLots(draft.product?.gtin ?? null);
  const [scanError, setScanError] = useState<string | null>(null);
  const toggleLot = (lot: string, on: boolean) =>
    onChange({ ...draft, lots: on ? [...new Set([...draft.lots, lot])] : draft.lots.filter((l) => l !== lot) });
  const addSerialScan = async (raw: string) => {
    setScanError(null);
    const d = await backend.call("decode_scan", { raw });
    if (d.error) return setScanError(t("recalls.scan.unreadable", { error: d.error }));
    if (d.gtin !== draft.product?.gtin) {
      return setScanError(t("recalls.scan.otherProduct", { got: d.gtin ?? t("recalls.scan.noneGtin"), want: draft.product?.gtin ?? "" }));
    }
    if (!d.serial) return setScanError(t("recalls.scan.noSerial"));
    onChange({ ...draft, serials: [...new Set([...draft.serials, d.serial])] });
  };
  // The lots to tick: those held here, and any ticked lot not held here (a scanned pack's lot no
  // longer in stock), so that every ticked lot stays visible and can be unticked.
  const seen = known.data ?? [];
  const choices: Array<[string, number | null]> = [...seen, ...draft.lots.filter((l) => !seen.some(([k]) => k === l)).map((l): [string, null] => [l, null])];
  const all = recalledLots(draft);
  const options: Array<{ value: ScopeKind; label: string }> = [
    { value: "all", label: t("recalls.scope.all") },
    { value: "lots", label: t("recalls.scope.some") },
  ];
  if (!draft.product?.lotTracked) options.push({ value: "serials", label: t("recalls.scope.somePacks") });
  return (
    <div className="recall-step" aria-label={t("recalls.step.scope")}>
      <Segments label={t("recalls.step.scope")} value={draft.scopeKind} options={options} onChange={(k) => onChange({ ...draft, scopeKind: k })} />
      {draft.scopeKind === "all" ? <p className="muted">{t("recalls.scope.allHint")}</p> : null}
      {draft.scopeKind === "lots" ? (
        <>
          {choices.length > 0 ? (
            <div className="lot-choices" role="group" aria-label={t("recalls.scope.lotsSeen")}>
              {choices.map(([lot, held]) => (
                <Check key={lot} checked={draft.lots.includes(lot)} onChange={(on) => toggleLot(lot, on)}>
                  <span className="mono">{lot}</span> <span className="muted">{held === null ? t("recalls.scope.notHeld") : t("recalls.scope.held", { n: held })}</span>
                </Check>
              ))}
            </div>
          ) : (
            <p className="muted">{t("recalls.scope.noLots")}</p>
          )}
          <Field
            label={t("recalls.scope.otherLots")}
            name={t("recalls.scope.otherLotsName")}
            value={draft.typedLots}
            onChange={(v) => onChange({ ...draft, typedLots: v })}
            placeholder="A12345, A12346"
          />
          <p className="muted">{t("recalls.scope.recalled", { lots: all.length ? all.join(", ") : t("recalls.scope.noneYet") })}</p>
        </>
      ) : null}
      {draft.scopeKind === "serials" ? (
        <>
          <ScanField label={t("recalls.scope.scanEach")} onScan={(raw) => void addSerialScan(raw)} />
          {scanError ? (
            <p role="alert" className="error">
              {scanError}
            </p>
          ) : null}
          <Field label={t("recalls.scope.serials")} name={t("recalls.scope.serialsName")} multiline value={draft.serials.join("\n")} onChange={(v) => onChange({ ...draft, serials: splitList(v) })} />
        </>
      ) : null}
    </div>
  );
}
