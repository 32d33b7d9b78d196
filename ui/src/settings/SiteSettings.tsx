// The site's settings that shape scanning and receipts: what the scanners send for the group
// separator, the short-dated window and price tolerance of receipts, the currency prices are in,
// and the expiry alert windows.
// One form over custody-api's `site_settings` / `set_site_settings`: inventory managers and
// administrators change it, everyone else reads it. A refusal names its field (`args.field`) and
// is shown beside that field; numbers that are not whole numbers are refused here, before asking.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { SiteSettings } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Check, Field } from "../widgets/controls";
import type { Say } from "./gtin";

/** The form as typed: lists and numbers as text until saved. */
interface Draft {
  substitutes: string;
  ignoreLeadingGs: boolean;
  plainSymbol: boolean;
  shortDated: string;
  tolerance: string;
  currency: string;
  windows: string;
}

/** The form's fields, by the name custody-api gives them in `args.field`. */
type FieldName = "gs_substitutes" | "short_dated_days" | "price_tolerance_percent" | "currency" | "alert_windows";
const FIELDS: readonly string[] = ["gs_substitutes", "short_dated_days", "price_tolerance_percent", "currency", "alert_windows"];

/** custody-api names the alert windows `windows` when core refuses them. */
const FIELD_ALIASES: Record<string, FieldName> = { windows: "alert_windows" };

function draftOf(s: SiteSettings): Draft {
  return {
    substitutes: s.scanner.gs_substitutes.join(" "),
    ignoreLeadingGs: s.scanner.ignore_leading_gs,
    plainSymbol: s.scanner.accept_gs1_in_plain_symbol,
    shortDated: String(s.short_dated_days),
    tolerance: String(s.price_tolerance_percent),
    currency: s.currency ?? "",
    windows: s.alert_windows.join(", "),
  };
}

/** A whole number typed in a field, or the text as typed (trimmed) when it is not one. */
function whole(text: string): number | string {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** The settings the draft stands for, or the first field that cannot be read and why. */
function settingsOf(d: Draft, t: Say): SiteSettings | { field: FieldName; message: string } {
  const shortDated = whole(d.shortDated);
  if (typeof shortDated === "string") return { field: "short_dated_days", message: t("settings.siteSettings.notWholeDays", { text: shortDated }) };
  const tolerance = whole(d.tolerance);
  if (typeof tolerance === "string") return { field: "price_tolerance_percent", message: t("settings.siteSettings.notWholePercent", { text: tolerance }) };
  const windows: number[] = [];
  for (const part of d.windows.split(/[,\s]+/).filter(Boolean)) {
    const n = whole(part);
    if (typeof n === "string") return { field: "alert_windows", message: t("settings.siteSettings.notWholeDays", { text: n }) };
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
    // Codes are written in capitals; custody-api refuses one that is not a currency in use.
    // Left out, none is chosen.
    ...(d.currency.trim() === "" ? {} : { currency: d.currency.trim().toUpperCase() }),
  };
}

export function SiteSettingsForm({ canChange }: { canChange: boolean }) {
  const t = useT();
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
      <div className="settings-block" aria-label={t("settings.siteSettings.title")}>
        <h2>{t("settings.siteSettings.title")}</h2>
        {stored.error ? (
          <p role="alert" className="error">
            {stored.error.message}
          </p>
        ) : (
          <p className="muted">{t("settings.loading")}</p>
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
  const general = save.error && !(refusedField && FIELDS.includes(refusedField)) ? save.error : null;
  return (
    <div className="settings-block site-settings" aria-label={t("settings.siteSettings.title")}>
      <h2>{t("settings.siteSettings.title")}</h2>
      <p className="muted">
        {t("settings.siteSettings.intro")}
        {canChange ? null : ` ${t("settings.siteSettings.readOnly")}`}
      </p>
      <form
        aria-label={t("settings.siteSettings.form")}
        onSubmit={(e) => {
          e.preventDefault();
          const next = settingsOf(d, t);
          if ("field" in next) {
            setLocal(next);
            return;
          }
          save.mutate(next);
        }}
      >
        <Fieldsets draft={d} change={change} errorOf={errorOf} canChange={canChange} />
        {canChange ? (
          <div className="actions">
            <Button type="submit" variant="primary" isDisabled={save.isPending || draft === null}>
              {t("settings.siteSettings.save")}
            </Button>
          </div>
        ) : null}
        {save.isSuccess && draft === null ? (
          <p role="status" className="saved">
            {t("settings.siteSettings.saved")}
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

interface FieldsetsProps {
  draft: Draft;
  change(patch: Partial<Draft>): void;
  errorOf(field: FieldName): string | null;
  canChange: boolean;
}

/** The form's three groups: scanners, receipts, expiry alerts. */
function Fieldsets({ draft: d, change, errorOf, canChange }: FieldsetsProps) {
  const t = useT();
  return (
    <>
    <fieldset disabled={!canChange}>
      <legend>{t("settings.siteSettings.scanners")}</legend>
      <Field
        label={t("settings.siteSettings.substitutes")}
        description={t("settings.siteSettings.substitutesHint")}
        value={d.substitutes}
        onChange={(v) => change({ substitutes: v })}
        isDisabled={!canChange}
        narrow
        errorMessage={errorOf("gs_substitutes")}
      />
      <Check checked={d.ignoreLeadingGs} onChange={(v) => change({ ignoreLeadingGs: v })} isDisabled={!canChange}>
        {t("settings.siteSettings.ignoreLeadingGs")}
      </Check>
      <Check checked={d.plainSymbol} onChange={(v) => change({ plainSymbol: v })} isDisabled={!canChange}>
        {t("settings.siteSettings.plainSymbol")}
      </Check>
    </fieldset>
    <fieldset disabled={!canChange}>
      <legend>{t("settings.siteSettings.receipts")}</legend>
      <Field
        label={t("settings.siteSettings.shortDated")}
        description={t("settings.siteSettings.shortDatedHint")}
        inputMode="numeric"
        narrow
        value={d.shortDated}
        onChange={(v) => change({ shortDated: v })}
        isDisabled={!canChange}
        errorMessage={errorOf("short_dated_days")}
      />
      <Field
        label={t("settings.siteSettings.tolerance")}
        description={t("settings.siteSettings.toleranceHint")}
        inputMode="numeric"
        narrow
        value={d.tolerance}
        onChange={(v) => change({ tolerance: v })}
        isDisabled={!canChange}
        errorMessage={errorOf("price_tolerance_percent")}
      />
      <Field
        label={t("settings.siteSettings.currency")}
        description={t("settings.siteSettings.currencyHint")}
        narrow
        value={d.currency}
        onChange={(v) => change({ currency: v })}
        isDisabled={!canChange}
        errorMessage={errorOf("currency")}
      />
    </fieldset>
    <fieldset disabled={!canChange}>
      <legend>{t("settings.siteSettings.expiryAlerts")}</legend>
      <Field
        label={t("settings.siteSettings.windows")}
        description={t("settings.siteSettings.windowsHint")}
        value={d.windows}
        onChange={(v) => change({ windows: v })}
        isDisabled={!canChange}
        errorMessage={errorOf("alert_windows")}
      />
    </fieldset>
    </>
  );
}
