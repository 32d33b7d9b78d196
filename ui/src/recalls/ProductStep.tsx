// Step 1 of a new recall: the product, chosen by scanning one of its packs (the GS1 code gives
// the GTIN, and the lot and serial to start the scope with) or by searching its name. The GTIN is
// always shown back with the name before going on, so the wrong product is caught here.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { ProductRecord } from "../bindings";
import { useT } from "../i18n/I18n";
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
  const t = useT();
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
      if (d.error) throw new Error(t("recalls.scan.unreadable", { error: d.error }));
      if (!d.gtin) throw new Error(t("recalls.scan.noGtin"));
      const matches = await backend.call("products", { search: d.gtin, limit: 5 });
      const product = matches.find((p) => p.gtin === d.gtin);
      const chosen: ChosenProduct = product ? chosenOf(product) : { gtin: d.gtin, name: null, lotTracked: false };
      return { chosen, pack: { lot: d.lot, serial: d.serial } };
    },
    onSuccess: ({ chosen, pack }) => onChoose(chosen, pack),
  });

  return (
    <div className="recall-step" aria-label={t("recalls.product.choose")}>
      <ScanField label={t("recalls.product.scan")} onScan={(raw) => scan.mutate(raw)} captureAnywhere />
      {scan.isError ? (
        <p role="alert" className="error">
          {scan.error.message}
        </p>
      ) : null}
      <Field label={t("recalls.product.search")} name={t("recalls.product.searchName")} value={search} onChange={setSearch} placeholder={t("recalls.product.searchExample")} />
      {term.length >= 2 && found.data ? (
        found.data.length === 0 ? (
          <p className="muted">{t("recalls.product.noMatch", { term })}</p>
        ) : (
          <ul className="pick-list" aria-label={t("recalls.product.found")}>
            {found.data.map((p) => (
              <li key={p.gtin}>
                <Button variant="bare" className={chosen?.gtin === p.gtin ? "pick on" : "pick"} onPress={() => onChoose(chosenOf(p), null)}>
                  <span className="strong">{p.name}</span>
                  <span className="mono" dir="ltr">
                    GTIN {p.gtin}
                  </span>
                  <span className="muted">{p.tracking === "lot" ? t("recalls.product.byLot") : t("recalls.product.serialized")}</span>
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
  const t = useT();
  return (
    <p className="chosen" role="status" aria-label={t("recalls.product.chosen")}>
      <span className="strong">{chosen.name ?? t("recalls.product.notListed")}</span>{" "}
      <span className="mono">GTIN {chosen.gtin}</span>
      {chosen.name ? null : <span className="warn">{t("recalls.product.notListedHint")}</span>}
    </p>
  );
}
