// Products in Settings: a searchable list, "Add product", and "Edit" on a row. The form holds
// every field of the product model; the GTIN is checked as it is typed (./gtin.ts) and, once the
// product exists, cannot be changed (the ledger names products by GTIN: the api refuses it too).
// After saving, the GTIN is shown back with the name, so the person sees which product it was.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { ProductData, ProductRecord, TrackingMode } from "../bindings";
import { Button, Check, Field, Segments } from "../widgets/controls";
import { gtinProblem } from "./gtin";
import { UsualSupplierSelect } from "../replenish/SupplyChoosers";
import { Problems } from "./MasterData";

/** The form's fields as typed (numbers and the price as text until saved). */
interface Draft {
  gtin: string;
  name: string;
  tracking: TrackingMode;
  generic_name: string;
  form: string;
  strength: string;
  pack_size: string;
  manufacturer: string;
  storage: string;
  controlled: boolean;
  ndc: string;
  pzn: string;
  cip: string;
  price: string;
}

const EMPTY: Draft = {
  gtin: "",
  name: "",
  tracking: "serial",
  generic_name: "",
  form: "",
  strength: "",
  pack_size: "",
  manufacturer: "",
  storage: "",
  controlled: false,
  ndc: "",
  pzn: "",
  cip: "",
  price: "",
};

/** Cents as a price such as 12.50. */
function price(cents: number | null): string {
  return cents === null ? "" : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function draftOf(p: ProductRecord): Draft {
  return {
    gtin: p.gtin,
    name: p.name,
    tracking: p.tracking ?? "serial",
    generic_name: p.generic_name ?? "",
    form: p.form ?? "",
    strength: p.strength ?? "",
    pack_size: p.pack_size === null ? "" : String(p.pack_size),
    manufacturer: p.manufacturer ?? "",
    storage: p.storage ?? "",
    controlled: p.controlled,
    ndc: p.ndc ?? "",
    pzn: p.pzn ?? "",
    cip: p.cip ?? "",
    price: price(p.contract_price_cents),
  };
}

/** Problems the form can see before asking the api, by field. */
function localProblems(d: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  const gtin = d.gtin.trim() === "" ? "a product needs its GTIN" : gtinProblem(d.gtin);
  if (gtin) out.gtin = gtin;
  if (d.pack_size.trim() !== "" && !/^\d+$/.test(d.pack_size.trim())) out.pack_size = "a whole number of units";
  if (d.price.trim() !== "" && !/^\d+(\.\d{1,2})?$/.test(d.price.trim())) out.contract_price = "a price such as 12.50";
  return out;
}

/** The request: every field, an empty one as null (the api trims and checks the rest). */
function dataOf(d: Draft): ProductData {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  const p = d.price.trim();
  const [whole = "0", frac = ""] = p.split(".");
  return {
    gtin: d.gtin.trim(),
    name: d.name,
    generic_name: text(d.generic_name),
    form: text(d.form),
    strength: text(d.strength),
    pack_size: d.pack_size.trim() === "" ? null : Number(d.pack_size.trim()),
    manufacturer: text(d.manufacturer),
    tracking: d.tracking,
    contract_price_cents: p === "" ? null : Number(whole) * 100 + Number(frac.padEnd(2, "0")),
    storage: text(d.storage),
    controlled: d.controlled,
    ndc: text(d.ndc),
    pzn: text(d.pzn),
    cip: text(d.cip),
  };
}

/** The form for a new product (`editing` null) or for changing `editing`. */
export function ProductForm({ editing, onSaved, onCancel }: { editing: ProductRecord | null; onSaved(p: ProductRecord): void; onCancel(): void }) {
  const backend = useBackend();
  const [d, setD] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const [tried, setTried] = useState(false);
  const change = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const save = useMutation({
    mutationFn: (data: ProductData) => (editing ? backend.call("update_product", { id: editing.id, product: data }) : backend.call("add_product", data)),
    onSuccess: onSaved,
  });
  const local = localProblems(d);
  const refused = save.error instanceof BackendError ? save.error : null;
  const refusedField = typeof refused?.args.field === "string" ? refused.args.field : null;
  // The GTIN is checked on every keystroke; the other local checks once saving was tried.
  const errorOf = (field: string) => {
    if (field === "gtin" && d.gtin.trim() !== "" && local.gtin) return local.gtin;
    if (tried && local[field]) return local[field];
    return refusedField === field ? (refused?.message ?? null) : null;
  };
  const field = (label: string, key: keyof Draft, errorKey: string = key, extra: { narrow?: boolean; description?: string } = {}) => (
    <Field label={label} value={String(d[key])} onChange={(v) => change({ [key]: v })} errorMessage={errorOf(errorKey)} {...extra} />
  );
  return (
    <form
      className="product-form"
      aria-label={editing ? "Edit product" : "Add a product"}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(localProblems(d)).length === 0) save.mutate(dataOf(d));
      }}
    >
      <h3>{editing ? `Edit ${editing.name}` : "Add a product"}</h3>
      <div className="filters wrap">
        <Field
          label="GTIN"
          value={d.gtin}
          onChange={(v) => change({ gtin: v })}
          inputMode="numeric"
          isDisabled={editing !== null}
          description={editing ? "The GTIN is the product's identity in the ledger and cannot be changed." : "8, 12, 13 or 14 digits, as printed under the barcode"}
          errorMessage={errorOf("gtin")}
        />
        {field("Name", "name")}
      </div>
      <div className="filters wrap">
        <div className="field">
          <span className="label">Tracking</span>
          <Segments<TrackingMode>
            label="Tracking"
            value={d.tracking}
            options={[
              { value: "serial", label: "Each pack (serial)" },
              { value: "lot", label: "By lot" },
            ]}
            onChange={(v) => change({ tracking: v })}
          />
          {refusedField === "tracking" ? (
            <p role="alert" className="error">
              {refused?.message}
            </p>
          ) : null}
        </div>
      </div>
      <div className="filters wrap">
        {field("Generic name", "generic_name")}
        {field("Form", "form", "form", { narrow: true })}
        {field("Strength", "strength", "strength", { narrow: true })}
        {field("Pack size", "pack_size", "pack_size", { narrow: true })}
        {field("Manufacturer", "manufacturer")}
        {field("Storage", "storage")}
      </div>
      <div className="filters wrap">
        {field("NDC", "ndc", "ndc", { narrow: true })}
        {field("PZN", "pzn", "pzn", { narrow: true })}
        {field("CIP", "cip", "cip", { narrow: true })}
        {field("Contract price", "price", "contract_price", { narrow: true, description: "per pack, e.g. 12.50" })}
        <Check checked={d.controlled} onChange={(v) => change({ controlled: v })}>
          Controlled substance
        </Check>
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={save.isPending}>
          {editing ? "Save changes" : "Save product"}
        </Button>
        <Button type="button" onPress={onCancel}>
          Cancel
        </Button>
      </div>
      {refused && refusedField ? null : <Problems error={save.error} />}
    </form>
  );
}

/** The Products section: search, list, add, edit. `canChange`: managers and administrators. */
export function Products({ canChange }: { canChange: boolean }) {
  const backend = useBackend();
  const client = useQueryClient();
  const [search, setSearch] = useState("");
  // null: no form; "new": adding; a record: editing it.
  const [open, setOpen] = useState<ProductRecord | "new" | null>(null);
  const [saved, setSaved] = useState<ProductRecord | null>(null);
  const list = useQuery({ queryKey: ["products", search], queryFn: () => backend.call("products", { search, limit: null }),
    // The list stays while the next search's answer comes, rather than blinking empty per key.
    placeholderData: keepPreviousData,
  });
  const editing = open === "new" ? null : open;
  return (
    <div className="settings-block" aria-label="Products">
      <h2>Products</h2>
      <div className="filters wrap">
        <Field label="Search products" type="search" value={search} onChange={setSearch} placeholder="Name or GTIN" />
        {canChange ? (
          <div className="actions">
            <Button
              onPress={() => {
                setSaved(null);
                setOpen("new");
              }}
            >
              Add product
            </Button>
          </div>
        ) : null}
      </div>
      {saved ? (
        <p role="status" className="saved">
          Saved: <span className="mono">{saved.gtin}</span> {saved.name}
        </p>
      ) : null}
      {open ? (
        <ProductForm
          key={editing ? editing.id : "new"}
          editing={editing}
          onCancel={() => setOpen(null)}
          onSaved={(p) => {
            setSaved(p);
            setOpen(null);
            void client.invalidateQueries({ queryKey: ["products"] });
          }}
        />
      ) : null}
      <table className="grid-table" aria-label="Product list">
        <thead>
          <tr>
            <th>GTIN</th>
            <th>Name</th>
            <th>Tracking</th>
            <th>Pack size</th>
            <th>Usual supplier</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {list.data?.map((p) => (
            <tr key={p.id}>
              <td className="mono">{p.gtin}</td>
              <td>{p.name}</td>
              <td className="muted">{p.tracking}</td>
              <td className="muted">{p.pack_size ?? ""}</td>
              <td>
                <UsualSupplierSelect gtin={p.gtin} name={p.name} value={p.usual_supplier} canChange={canChange} />
              </td>
              <td>
                {canChange ? (
                  <Button
                    variant="quiet"
                    aria-label={`Edit ${p.name}`}
                    onPress={() => {
                      setSaved(null);
                      setOpen(p);
                    }}
                  >
                    Edit
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.length === 0 ? <p className="muted">No product matches “{search}”.</p> : null}
      <Problems error={list.error} />
    </div>
  );
}
