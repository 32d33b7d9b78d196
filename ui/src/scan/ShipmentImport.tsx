// Receiving: import the supplier's despatch advice (EPCIS 2.0 JSON-LD, EPCIS XML or CSV) so the
// scans are matched against it. All lines or none; problems are listed by line.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ChangeEvent } from "react";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Problems } from "../settings/MasterData";

export function ShipmentImport({ supplier, onImported }: { supplier: string; onImported(id: number): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: ({ name, text }: { name: string; text: string }) => backend.call("import_shipment", { content: text, file_name: name, supplier: supplier || null, reference: null }),
    onSuccess: (s) => {
      void client.invalidateQueries({ queryKey: ["shipments"] });
      onImported(s.id);
    },
  });
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) {
      const reader = new FileReader();
      reader.onload = () => run.mutate({ name: file.name, text: String(reader.result ?? "") });
      reader.readAsText(file);
    }
    e.target.value = "";
  };
  return (
    <div className="shipment-import">
      <label>
        {t("scan.import.label")}
        <input type="file" accept=".json,.jsonld,.xml,.csv,application/json,application/xml,text/csv" aria-label={t("scan.import.label")} onChange={pick} />
      </label>
      {run.data ? (
        <p role="status" className="saved">
          {t("scan.import.done", { reference: run.data.reference, lines: run.data.items.length })}
        </p>
      ) : null}
      <Problems error={run.error} />
    </div>
  );
}
