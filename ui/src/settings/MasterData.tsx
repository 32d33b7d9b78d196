// Master data from the Settings screen: add a location or a supplier; import products or reorder
// rules from a CSV file (all lines or none; problems listed by line and column).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { BackendError } from "../backend/backend";
import type { LocationKind, PartnerKind } from "../bindings";
import { useBackend } from "../backend/context";
import { Button, Field } from "../widgets/controls";

// The kinds the api knows, as its request types spell them.
const LOCATION_KINDS: LocationKind[] = ["pharmacy", "store", "ward", "clinic", "quarantine"];
const PARTNER_KINDS: PartnerKind[] = ["supplier", "distributor", "manufacturer"];

export function Problems({ error }: { error: Error | null }) {
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
                line {p.line}
                {p.field ? `, ${p.field}` : ""}: {p.message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

export function AddLocation() {
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
      aria-label="Add a location"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label="Code" name="Location code" narrow value={code} onChange={setCode} />
      <Field label="Name" name="Location name" value={name} onChange={setName} />
      <label>
        Kind
        <select aria-label="Location kind" value={kind} onChange={(e) => setKind(e.target.value as LocationKind)}>
          {LOCATION_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <div className="actions">
        <Button type="submit" isDisabled={add.isPending}>
          Add location
        </Button>
      </div>
      <Problems error={add.error} />
    </form>
  );
}

export function AddPartner() {
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
      aria-label="Add a supplier"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label="Code" name="Partner code" narrow value={code} onChange={setCode} />
      <Field label="Name" name="Partner name" value={name} onChange={setName} />
      <label>
        Kind
        <select aria-label="Partner kind" value={kind} onChange={(e) => setKind(e.target.value as PartnerKind)}>
          {PARTNER_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <Field label="GLN" description="13 digits, optional" value={gln} onChange={setGln} inputMode="numeric" />
      <div className="actions">
        <Button type="submit" isDisabled={add.isPending}>
          Add partner
        </Button>
      </div>
      <Problems error={add.error} />
    </form>
  );
}

export function ImportCsv({ what, label, columns }: { what: "products" | "reorder_rules"; label: string; columns: string }) {
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
      <p className="muted">
        Columns: <code>{columns}</code>
      </p>
      {run.data !== undefined ? (
        <p role="status" className="saved">
          Imported {run.data} line(s).
        </p>
      ) : null}
      <Problems error={run.error} />
    </div>
  );
}
