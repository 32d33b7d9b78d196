// Products in Settings: a searchable list, "Add product", and "Edit" on a row. The form holds
// every field of the product model; the GTIN is checked as it is typed (./gtin.ts) and, once the
// product exists, cannot be changed (the ledger names products by GTIN: the api refuses it too).
// After saving, the GTIN is shown back with the name, so the person sees which product it was.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { ProductData, ProductRecord, TrackingMode } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { Button, Check, Field, Segments } from "../widgets/controls";
import { gtinProblem, type Say } from "./gtin";
import { UsualSupplierSelect } from "../replenish/SupplyChoosers";
import { Problems } from "./MasterData";
import { useRich } from "../widgets/rich";

/** A product's tracking as the list shows it. */
const TRACKING_WORDS: Record<string, string> = { serial: "settings.tracking.serial", lot: "settings.tracking.lot" };

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
function localProblems(d: Draft, t: Say): Record<string, string> {
  const out: Record<string, string> = {};
  const gtin = d.gtin.trim() === "" ? t("settings.product.gtinMissing") : gtinProblem(d.gtin, t);
  if (gtin) out.gtin = gtin;
  if (d.pack_size.trim() !== "" && !/^\d+$/.test(d.pack_size.trim())) out.pack_size = t("settings.product.packSizeWhole");
  if (d.price.trim() !== "" && !/^\d+(\.\d{1,2})?$/.test(d.price.trim())) out.contract_price = t("settings.product.priceFormat");
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
  const t = useT();
  const backend = useBackend();
  const [d, setD] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const [tried, setTried] = useState(false);
  const change = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const save = useMutation({
    mutationFn: (data: ProductData) => (editing ? backend.call("update_product", { id: editing.id, product: data }) : backend.call("add_product", data)),
    onSuccess: onSaved,
  });
  const local = localProblems(d, t);
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
      aria-label={editing ? t("settings.product.editForm") : t("settings.product.addForm")}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(localProblems(d, t)).length === 0) save.mutate(dataOf(d));
      }}
    >
      <h3>{editing ? t("settings.product.editNamed", { name: editing.name }) : t("settings.product.addForm")}</h3>
      <div className="filters wrap">
        <Field
          label={t("settings.product.gtin")}
          value={d.gtin}
          onChange={(v) => change({ gtin: v })}
          inputMode="numeric"
          isDisabled={editing !== null}
          description={editing ? t("settings.product.gtinFixed") : t("settings.product.gtinHint")}
          errorMessage={errorOf("gtin")}
        />
        {field(t("settings.product.name"), "name")}
      </div>
      <div className="filters wrap">
        <div className="field">
          <span className="label">{t("settings.product.tracking")}</span>
          <Segments<TrackingMode>
            label={t("settings.product.tracking")}
            value={d.tracking}
            options={[
              { value: "serial", label: t("settings.product.trackSerial") },
              { value: "lot", label: t("settings.product.trackLot") },
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
        {field(t("settings.product.genericName"), "generic_name")}
        {field(t("settings.product.form"), "form", "form", { narrow: true })}
        {field(t("settings.product.strength"), "strength", "strength", { narrow: true })}
        {field(t("settings.product.packSize"), "pack_size", "pack_size", { narrow: true })}
        {field(t("settings.product.manufacturer"), "manufacturer")}
        {field(t("settings.product.storage"), "storage")}
      </div>
      <div className="filters wrap">
        {field(t("settings.product.ndc"), "ndc", "ndc", { narrow: true })}
        {field(t("settings.product.pzn"), "pzn", "pzn", { narrow: true })}
        {field(t("settings.product.cip"), "cip", "cip", { narrow: true })}
        {field(t("settings.product.price"), "price", "contract_price", { narrow: true, description: t("settings.product.priceHint") })}
        <Check checked={d.controlled} onChange={(v) => change({ controlled: v })}>
          {t("settings.product.controlled")}
        </Check>
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={save.isPending}>
          {editing ? t("settings.product.saveChanges") : t("settings.product.save")}
        </Button>
        <Button type="button" onPress={onCancel}>
          {t("settings.cancel")}
        </Button>
      </div>
      {refused && refusedField ? null : <Problems error={save.error} />}
    </form>
  );
}

/** The Products section: search, list, add, edit. `canChange`: managers and administrators. */
export function Products({ canChange }: { canChange: boolean }) {
  const t = useT();
  const rich = useRich();
  const format = useFormat();
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
  const tracking = (mode: string | null) => {
    const key = mode ? TRACKING_WORDS[mode] : undefined;
    return key ? t(key) : mode;
  };
  return (
    <div className="settings-block" aria-label={t("settings.products.title")}>
      <h2>{t("settings.products.title")}</h2>
      <div className="filters wrap">
        <Field label={t("settings.products.search")} type="search" value={search} onChange={setSearch} placeholder={t("settings.products.searchHint")} />
        {canChange ? (
          <div className="actions">
            <Button
              onPress={() => {
                setSaved(null);
                setOpen("new");
              }}
            >
              {t("settings.products.add")}
            </Button>
          </div>
        ) : null}
      </div>
      {saved ? (
        <p role="status" className="saved">
          {rich("settings.products.saved", { gtin: <span className="mono">{saved.gtin}</span>, name: saved.name })}
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
      <table className="grid-table" aria-label={t("settings.products.list")}>
        <thead>
          <tr>
            <th>{t("settings.product.gtin")}</th>
            <th>{t("settings.product.name")}</th>
            <th>{t("settings.product.tracking")}</th>
            <th>{t("settings.product.packSize")}</th>
            <th>{t("settings.products.usualSupplier")}</th>
            <th aria-label={t("settings.products.actions")} />
          </tr>
        </thead>
        <tbody>
          {list.data?.map((p) => (
            <tr key={p.id}>
              <td className="mono">{p.gtin}</td>
              <td>{p.name}</td>
              <td className="muted">{tracking(p.tracking)}</td>
              <td className="muted">{p.pack_size === null ? "" : format.number(p.pack_size)}</td>
              <td>
                <UsualSupplierSelect gtin={p.gtin} name={p.name} value={p.usual_supplier} canChange={canChange} />
              </td>
              <td>
                {canChange ? (
                  <Button
                    variant="quiet"
                    aria-label={t("settings.product.editNamed", { name: p.name })}
                    onPress={() => {
                      setSaved(null);
                      setOpen(p);
                    }}
                  >
                    {t("settings.products.edit")}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.length === 0 ? <p className="muted">{t("settings.products.none", { search })}</p> : null}
      <Problems error={list.error} />
    </div>
  );
}
