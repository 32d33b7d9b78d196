// Who supplies whom, chosen in a row of a list: a ward's supplying pharmacy or store, and a
// product's usual supplier. Each saves when chosen and says beside itself why it was refused.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { Location } from "../bindings";
import { useT } from "../i18n/I18n";

/** The pharmacy or store that tops up `location` (a ward or clinic). */
export function SupplyingLocationSelect({ location, canChange }: { location: Location; canChange: boolean }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const set = useMutation({
    mutationFn: (supplied_by: string) => backend.call("set_supplying_location", { location: location.code, supplied_by: supplied_by || null }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["locations"] });
      void client.invalidateQueries({ queryKey: ["pick-list"] });
    },
  });
  if (location.kind !== "ward" && location.kind !== "clinic") return null;
  // Only a pharmacy or a store can supply: the api refuses anything else, so nothing else is offered.
  const suppliers = (locations.data ?? []).filter((l) => l.kind === "pharmacy" || l.kind === "store");
  return (
    <span className="supply-choice">
      <select
        aria-label={t("replenish.choose.suppliedBy", { code: location.code })}
        value={location.supplied_by ?? ""}
        disabled={!canChange || set.isPending}
        onChange={(e) => set.mutate(e.target.value)}
      >
        <option value="">{t("replenish.choose.noSupplyingLocation")}</option>
        {suppliers.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name} ({l.code})
          </option>
        ))}
      </select>
      {set.error ? (
        <span role="alert" className="error inline">
          {set.error.message}
        </span>
      ) : null}
    </span>
  );
}

/** The supplier `gtin` is usually ordered from; `onSaved` after a change. */
export function UsualSupplierSelect({ gtin, name, value, canChange, onSaved }: { gtin: string; name: string; value: string | null; canChange: boolean; onSaved?(): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const partners = useQuery({ queryKey: ["partners"], queryFn: () => backend.call("partners", null) });
  const set = useMutation({
    mutationFn: (supplier: string) => backend.call("set_usual_supplier", { gtin, supplier: supplier || null }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["products"] });
      void client.invalidateQueries({ queryKey: ["supplier-orders"] });
      onSaved?.();
    },
  });
  return (
    <span className="supply-choice">
      <select aria-label={t("replenish.choose.usualSupplierOf", { name })} value={value ?? ""} disabled={!canChange || set.isPending} onChange={(e) => set.mutate(e.target.value)}>
        <option value="">{value ? t("replenish.choose.noUsualSupplier") : t("replenish.choose.chooseSupplier")}</option>
        {partners.data?.map((p) => (
          // The name alone keeps the column narrow; the code is in the supplier orders.
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
      {set.error ? (
        <span role="alert" className="error inline">
          {set.error.message}
        </span>
      ) : null}
    </span>
  );
}
