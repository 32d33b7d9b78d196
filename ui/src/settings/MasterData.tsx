// Master data from the Settings screen: add a location or a supplier; import products or reorder
// rules from a CSV file (all lines or none; problems listed by line and column).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { BackendError } from "../backend/backend";
import type { LocationKind, PartnerKind } from "../bindings";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { useRich } from "../widgets/rich";

// The kinds the api knows, as its request types spell them.
const LOCATION_KINDS: LocationKind[] = ["pharmacy", "store", "ward", "clinic", "quarantine"];
const PARTNER_KINDS: PartnerKind[] = ["supplier", "distributor", "manufacturer"];

/** The words a location's or a partner's kind is shown with. */
const KIND_WORDS: Record<string, string> = {
  pharmacy: "settings.kind.pharmacy",
  store: "settings.kind.store",
  ward: "settings.kind.ward",
  clinic: "settings.kind.clinic",
  quarantine: "settings.kind.quarantine",
  supplier: "settings.kind.supplier",
  distributor: "settings.kind.distributor",
  manufacturer: "settings.kind.manufacturer",
};

/** A kind of location or partner in the current language (the api's word when it is a new one). */
export function kindWord(t: (key: string) => string, kind: string): string {
  const key = KIND_WORDS[kind];
  return key ? t(key) : kind;
}

export function Problems({ error }: { error: Error | null }) {
  const t = useT();
  if (!error) return null;
  // A refused file's problems come in `args.problems`, each with its line (and column).
  const problems = error instanceof BackendError ? error.args.problems : undefined;
  const details = Array.isArray(problems) ? problems : [];
  return (
    <div role="alert" className="error">
      <p>{error.message}</p>
      {details.length ? (
        <ul className="problems">
          {details.slice(0, 20).map((d, i) => {
            const p = d as { line?: number; field?: string | null; message?: string };
            return (
              <li key={i}>
                {p.field
                  ? t("settings.problems.lineField", { line: p.line ?? "", field: p.field, message: p.message ?? "" })
                  : t("settings.problems.line", { line: p.line ?? "", message: p.message ?? "" })}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

export function AddLocation() {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<LocationKind>("ward");
  const add = useMutation({
    mutationFn: () => backend.call("add_location", { code, name, kind }),
    onSuccess: () => {
      setCode("");
      setName("");
      void client.invalidateQueries({ queryKey: ["locations"] });
    },
  });
  return (
    <form
      className="filters wrap"
      aria-label={t("settings.location.add")}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label={t("settings.location.code")} name={t("settings.location.codeName")} narrow value={code} onChange={setCode} />
      <Field label={t("settings.location.name")} name={t("settings.location.nameName")} value={name} onChange={setName} />
      <label>
        {t("settings.location.kind")}
        <select aria-label={t("settings.location.kindName")} value={kind} onChange={(e) => setKind(e.target.value as LocationKind)}>
          {LOCATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindWord(t, k)}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <Button type="submit" isDisabled={add.isPending}>
          {t("settings.location.submit")}
        </Button>
      </div>
      <Problems error={add.error} />
    </form>
  );
}

export function AddPartner() {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<PartnerKind>("supplier");
  const [gln, setGln] = useState("");
  const add = useMutation({
    mutationFn: () => backend.call("add_partner", { code, name, kind, gln: gln || null }),
    onSuccess: () => {
      setCode("");
      setName("");
      setGln("");
      void client.invalidateQueries({ queryKey: ["partners"] });
    },
  });
  return (
    <form
      className="filters wrap"
      aria-label={t("settings.partner.add")}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label={t("settings.partner.code")} name={t("settings.partner.codeName")} narrow value={code} onChange={setCode} />
      <Field label={t("settings.partner.name")} name={t("settings.partner.nameName")} value={name} onChange={setName} />
      <label>
        {t("settings.partner.kind")}
        <select aria-label={t("settings.partner.kindName")} value={kind} onChange={(e) => setKind(e.target.value as PartnerKind)}>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindWord(t, k)}
            </option>
          ))}
        </select>
      </label>
      <Field label={t("settings.partner.gln")} description={t("settings.partner.glnHint")} value={gln} onChange={setGln} inputMode="numeric" />
      <div className="actions">
        <Button type="submit" isDisabled={add.isPending}>
          {t("settings.partner.submit")}
        </Button>
      </div>
      <Problems error={add.error} />
    </form>
  );
}

export function ImportCsv({ what, label, columns }: { what: "products" | "reorder_rules"; label: string; columns: string }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: (csv: string) => backend.call(what === "products" ? "import_products" : "import_reorder_rules", { csv }),
    onSuccess: () => void client.invalidateQueries(),
  });
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) {
      const reader = new FileReader();
      reader.onload = () => run.mutate(String(reader.result ?? ""));
      reader.readAsText(file);
    }
    e.target.value = "";
  };
  return (
    <div className="import">
      <label>
        {label}
        <input type="file" accept=".csv,text/csv" aria-label={label} onChange={pick} />
      </label>
      <p className="muted">{rich("settings.imports.columns", { columns: <code>{columns}</code> })}</p>
      {run.data !== undefined ? (
        <p role="status" className="saved">
          {t("settings.imports.done", { n: run.data })}
        </p>
      ) : null}
      <Problems error={run.error} />
    </div>
  );
}
