// Step 1 of a new recall: the product, chosen by scanning one of its packs (the GS1 code gives
// the GTIN, and the lot and serial to start the scope with) or by searching its name. The GTIN is
// always shown back with the name before going on, so the wrong product is caught here.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { ProductRecord } from "../bindings";
import { Button, Field } from "../widgets/controls";
import { ScanField } from "../widgets/ScanField";
import type { ChosenProduct } from "./draft";

/** What a scan of a pack gave besides its product: the lot and serial it carries. */
export interface ScannedPack {
  lot: string | null;
  serial: string | null;
}

interface Props {
  chosen: ChosenProduct | null;
  onChoose(product: ChosenProduct, pack: ScannedPack | null): void;
}

function chosenOf(p: ProductRecord): ChosenProduct {
  return { gtin: p.gtin, name: p.name, lotTracked: p.tracking === "lot" };
}

export function ProductStep({ chosen, onChoose }: Props) {
  const backend = useBackend();
  const [search, setSearch] = useState("");
  const term = search.trim();
  const found = useQuery({
    queryKey: ["recall-product-search", term],
    queryFn: () => backend.call("products", { search: term, limit: 20 }),
    enabled: term.length >= 2,
  });
  const scan = useMutation({
    mutationFn: async (raw: string) => {
      const d = await backend.call("decode_scan", { raw });
      if (d.error) throw new Error(`The scan could not be read: ${d.error}`);
      if (!d.gtin) throw new Error("This code has no GTIN: scan the pack's own code, not a shipping label.");
      const matches = await backend.call("products", { search: d.gtin, limit: 5 });
      const product = matches.find((p) => p.gtin === d.gtin);
      const chosen: ChosenProduct = product ? chosenOf(product) : { gtin: d.gtin, name: null, lotTracked: false };
      return { chosen, pack: { lot: d.lot, serial: d.serial } };
    },
    onSuccess: ({ chosen, pack }) => onChoose(chosen, pack),
  });

  return (
    <div className="recall-step" aria-label="Choose the product">
      <ScanField label="Scan a pack of the recalled product" onScan={(raw) => scan.mutate(raw)} captureAnywhere />
      {scan.isError ? (
        <p role="alert" className="error">
          {scan.error.message}
        </p>
      ) : null}
      <Field label="Or search the product by name or GTIN" name="Search product" value={search} onChange={setSearch} placeholder="e.g. adrenaline" />
      {term.length >= 2 && found.data ? (
        found.data.length === 0 ? (
          <p className="muted">No product matches “{term}”.</p>
        ) : (
          <ul className="pick-list" aria-label="Products found">
            {found.data.map((p) => (
              <li key={p.gtin}>
                <Button variant="bare" className={chosen?.gtin === p.gtin ? "pick on" : "pick"} onPress={() => onChoose(chosenOf(p), null)}>
                  <span className="strong">{p.name}</span>
                  <span className="mono">GTIN {p.gtin}</span>
                  <span className="muted">{p.tracking === "lot" ? "counted by lot" : "serialized packs"}</span>
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {chosen ? <ChosenLine chosen={chosen} /> : null}
    </div>
  );
}

/** The product chosen, its GTIN beside its name: what every later step is about. */
export function ChosenLine({ chosen }: { chosen: ChosenProduct }) {
  return (
    <p className="chosen" role="status" aria-label="Product chosen">
      <span className="strong">{chosen.name ?? "Not in the product list"}</span> <span className="mono">GTIN {chosen.gtin}</span>
      {chosen.name ? null : <span className="warn"> — nothing of it is held here; its packs will be blocked should they arrive.</span>}
    </p>
  );
}
