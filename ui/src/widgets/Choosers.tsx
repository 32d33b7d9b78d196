// The location and partner pickers every screen uses, each loading its list once (cached).
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";

interface Props {
  /** The visible label. */
  label: ReactNode;
  /** The accessible name (defaults to the label when it is text). */
  name?: string;
  value: string;
  onChange(value: string): void;
  /** A first choice meaning "none" or "all", if the field may be left empty. */
  none?: string;
}

export function LocationSelect({ label, name, value, onChange, none }: Props) {
  const backend = useBackend();
  const t = useT();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  return (
    <label>
      {label}
      <select aria-label={name ?? (typeof label === "string" ? label : t("widgets.location"))} value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {locations.data?.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name} ({l.code})
          </option>
        ))}
      </select>
    </label>
  );
}

export function PartnerSelect({ label, name, value, onChange, none = "—" }: Props) {
  const backend = useBackend();
  const t = useT();
  const partners = useQuery({ queryKey: ["partners"], queryFn: () => backend.call("partners", null) });
  return (
    <label>
      {label}
      <select aria-label={name ?? (typeof label === "string" ? label : t("widgets.partner"))} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {partners.data?.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
