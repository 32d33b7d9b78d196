// The site's settings that shape scanning and receipts: what the scanners send for the group
// separator, the short-dated window and price tolerance of receipts, and the expiry alert windows.
// One form over custody-api's `site_settings` / `set_site_settings`: inventory managers and
// administrators change it, everyone else reads it. A refusal names its field (`args.field`) and
// is shown beside that field; numbers that are not whole numbers are refused here, before asking.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { SiteSettings } from "../bindings";
import { Button, Check, Field } from "../widgets/controls";

/** The form as typed: lists and numbers as text until saved. */
interface Draft {
  substitutes: string;
  ignoreLeadingGs: boolean;
  plainSymbol: boolean;
  shortDated: string;
  tolerance: string;
  windows: string;
}

/** The form's fields, by the name custody-api gives them in `args.field`. */
type FieldName = "gs_substitutes" | "short_dated_days" | "price_tolerance_percent" | "alert_windows";

/** custody-api names the alert windows `windows` when core refuses them. */
const FIELD_ALIASES: Record<string, FieldName> = { windows: "alert_windows" };

function draftOf(s: SiteSettings): Draft {
  return {
    substitutes: s.scanner.gs_substitutes.join(" "),
    ignoreLeadingGs: s.scanner.ignore_leading_gs,
    plainSymbol: s.scanner.accept_gs1_in_plain_symbol,
    shortDated: String(s.short_dated_days),
    tolerance: String(s.price_tolerance_percent),
    windows: s.alert_windows.join(", "),
  };
}

/** A whole number typed in a field, or why not. */
function whole(text: string): number | string {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : `'${t}' is not a whole number`;
}

/** The settings the draft stands for, or the first field that cannot be read and why. */
function settingsOf(d: Draft): SiteSettings | { field: FieldName; message: string } {
  const shortDated = whole(d.shortDated);
  if (typeof shortDated === "string") return { field: "short_dated_days", message: `${shortDated} of days.` };
  const tolerance = whole(d.tolerance);
  if (typeof tolerance === "string") return { field: "price_tolerance_percent", message: `${tolerance} (percent).` };
  const windows: number[] = [];
  for (const part of d.windows.split(/[,\s]+/).filter(Boolean)) {
    const n = whole(part);
    if (typeof n === "string") return { field: "alert_windows", message: `${n} of days.` };
    windows.push(n);
  }
  return {
    scanner: {
      // Substitutes are separated by spaces: a substitute itself never holds one.
      gs_substitutes: d.substitutes.split(/\s+/).filter(Boolean),
      ignore_leading_gs: d.ignoreLeadingGs,
      accept_gs1_in_plain_symbol: d.plainSymbol,
    },
    alert_windows: windows,
    short_dated_days: shortDated,
    price_tolerance_percent: tolerance,
  };
}

export function SiteSettingsForm({ canChange }: { canChange: boolean }) {
  const backend = useBackend();
  const client = useQueryClient();
  const stored = useQuery({ queryKey: ["site-settings"], queryFn: () => backend.call("site_settings", null) });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [local, setLocal] = useState<{ field: FieldName; message: string } | null>(null);
  const save = useMutation({
    mutationFn: (s: SiteSettings) => backend.call("set_site_settings", s),
    onSuccess: (s) => {
      setDraft(null);
      client.setQueryData(["site-settings"], s);
      // The alert windows change the Home figures and the expiry list.
      void client.invalidateQueries();
    },
  });
  if (!stored.data) {
    return (
      <div className="settings-block" aria-label="Scanning and receipts">
        <h2>Scanning and receipts</h2>
        {stored.error ? (
          <p role="alert" className="error">
            {stored.error.message}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }
  const d = draft ?? draftOf(stored.data);
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...d, ...patch });
    setLocal(null);
    // An edit answers the last refusal: it is not shown against the new value.
    if (save.error || save.isSuccess) save.reset();
  };
  const refusal = save.error instanceof BackendError ? save.error : null;
  const refusedField = refusal?.field ? (FIELD_ALIASES[refusal.field] ?? refusal.field) : null;
  const errorOf = (field: FieldName): string | null => {
    if (local?.field === field) return local.message;
    if (refusal && refusedField === field) return refusal.message;
    return null;
  };
  // A refusal that names no field of this form is shown under it.
  const general = save.error && !(refusedField && ["gs_substitutes", "short_dated_days", "price_tolerance_percent", "alert_windows"].includes(refusedField)) ? save.error : null;
  return (
    <div className="settings-block site-settings" aria-label="Scanning and receipts">
      <h2>Scanning and receipts</h2>
      <p className="muted">
        These apply to every workstation and to the command line.
        {canChange ? null : " Only inventory managers and administrators can change them."}
      </p>
      <form
        aria-label="Site settings"
        onSubmit={(e) => {
          e.preventDefault();
          const next = settingsOf(d);
          if ("field" in next) {
            setLocal(next);
            return;
          }
          save.mutate(next);
        }}
      >
        <fieldset disabled={!canChange}>
          <legend>Scanners</legend>
          <Field
            label="Sent instead of the group separator"
            description="For scanners that cannot send GS (byte 29) through the keyboard, e.g. ~ . Separate several with spaces; leave empty if the scanners send GS."
            value={d.substitutes}
            onChange={(v) => change({ substitutes: v })}
            isDisabled={!canChange}
            narrow
            errorMessage={errorOf("gs_substitutes")}
          />
          <Check checked={d.ignoreLeadingGs} onChange={(v) => change({ ignoreLeadingGs: v })} isDisabled={!canChange}>
            Ignore a group separator right after the barcode type (]d2)
          </Check>
          <Check checked={d.plainSymbol} onChange={(v) => change({ plainSymbol: v })} isDisabled={!canChange}>
            Read GS1 data printed in a plain (non-GS1) symbol
          </Check>
        </fieldset>
        <fieldset disabled={!canChange}>
          <legend>Receipts</legend>
          <Field
            label="Short-dated within (days)"
            description="A pack received with less time than this before expiry is a warning."
            inputMode="numeric"
            narrow
            value={d.shortDated}
            onChange={(v) => change({ shortDated: v })}
            isDisabled={!canChange}
            errorMessage={errorOf("short_dated_days")}
          />
          <Field
            label="Price tolerance (%)"
            description="A unit cost this far above the contract price is a warning."
            inputMode="numeric"
            narrow
            value={d.tolerance}
            onChange={(v) => change({ tolerance: v })}
            isDisabled={!canChange}
            errorMessage={errorOf("price_tolerance_percent")}
          />
        </fieldset>
        <fieldset disabled={!canChange}>
          <legend>Expiry alerts</legend>
          <Field
            label="Alert windows (days)"
            description="One to five numbers, separated by commas. The smallest is “expiring soon” on Home and in the daily notification; the expiry list and report mark each line with the smallest window it falls in."
            value={d.windows}
            onChange={(v) => change({ windows: v })}
            isDisabled={!canChange}
            errorMessage={errorOf("alert_windows")}
          />
        </fieldset>
        {canChange ? (
          <div className="actions">
            <Button type="submit" variant="primary" isDisabled={save.isPending || draft === null}>
              Save settings
            </Button>
          </div>
        ) : null}
        {save.isSuccess && draft === null ? (
          <p role="status" className="saved">
            Saved. Scans from now on are read with these settings.
          </p>
        ) : null}
        {general ? (
          <p role="alert" className="error">
            {general.message}
          </p>
        ) : null}
      </form>
    </div>
  );
}
