// Step 2 of a new recall: what of the product is recalled, as the core's scope allows — every
// lot, some lots (picked from the lots seen here, or typed as the notice names them), or some
// packs by serial (scanned or typed).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
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
  const known = useKnownLots(draft.product?.gtin ?? null);
  const [scanError, setScanError] = useState<string | null>(null);
  const toggleLot = (lot: string, on: boolean) =>
    onChange({ ...draft, lots: on ? [...new Set([...draft.lots, lot])] : draft.lots.filter((l) => l !== lot) });
  const addSerialScan = async (raw: string) => {
    setScanError(null);
    const d = await backend.call("decode_scan", { raw });
    if (d.error) return setScanError(`The scan could not be read: ${d.error}`);
    if (d.gtin !== draft.product?.gtin) return setScanError(`That pack is another product (GTIN ${d.gtin ?? "none"}), not GTIN ${draft.product?.gtin}: not added.`);
    if (!d.serial) return setScanError("That code has no serial: scan the pack's 2D code.");
    onChange({ ...draft, serials: [...new Set([...draft.serials, d.serial])] });
  };
  // The lots to tick: those held here, and any ticked lot not held here (a scanned pack's lot no
  // longer in stock), so that every ticked lot stays visible and can be unticked.
  const seen = known.data ?? [];
  const choices: Array<[string, number | null]> = [...seen, ...draft.lots.filter((l) => !seen.some(([k]) => k === l)).map((l): [string, null] => [l, null])];
  const all = recalledLots(draft);
  const options: Array<{ value: ScopeKind; label: string }> = [
    { value: "all", label: "Every lot" },
    { value: "lots", label: "Some lots" },
  ];
  if (!draft.product?.lotTracked) options.push({ value: "serials", label: "Some packs (serials)" });
  return (
    <div className="recall-step" aria-label="What is recalled">
      <Segments label="What is recalled" value={draft.scopeKind} options={options} onChange={(k) => onChange({ ...draft, scopeKind: k })} />
      {draft.scopeKind === "all" ? <p className="muted">Every pack and lot of this product, wherever it is, now and on arrival.</p> : null}
      {draft.scopeKind === "lots" ? (
        <>
          {choices.length > 0 ? (
            <div className="lot-choices" role="group" aria-label="Lots seen here">
              {choices.map(([lot, held]) => (
                <Check key={lot} checked={draft.lots.includes(lot)} onChange={(on) => toggleLot(lot, on)}>
                  <span className="mono">{lot}</span> <span className="muted">{held === null ? "(not held here)" : `(${held} held here)`}</span>
                </Check>
              ))}
            </div>
          ) : (
            <p className="muted">No lot of this product has been seen here: type the lots the notice names.</p>
          )}
          <Field
            label="Other lots the notice names (not seen here)"
            name="Other lots"
            value={draft.typedLots}
            onChange={(v) => onChange({ ...draft, typedLots: v })}
            placeholder="A12345, A12346"
          />
          <p className="muted">Lots recalled: {all.length ? all.join(", ") : "none yet"}</p>
        </>
      ) : null}
      {draft.scopeKind === "serials" ? (
        <>
          <ScanField label="Scan each recalled pack" onScan={(raw) => void addSerialScan(raw)} />
          {scanError ? (
            <p role="alert" className="error">
              {scanError}
            </p>
          ) : null}
          <Field label="Serials (one per line)" name="Serials" multiline value={draft.serials.join("\n")} onChange={(v) => onChange({ ...draft, serials: splitList(v) })} />
        </>
      ) : null}
    </div>
  );
}
