// A finished count's variance: what is missing, found elsewhere, in the wrong status or never
// received, and the lots that differ; a manager applies it to the ledger, signed. A role that
// may not apply sees the button greyed, with why; a refusal shows beside the button.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountApplied, CountInfo, Variance, VarianceLot, VariancePack } from "../bindings";
import { useT } from "../i18n/I18n";
import { ltr, useRich } from "../widgets/rich";
import { Button, Field } from "../widgets/controls";
import { AbandonDialog } from "./AbandonDialog";
import { ButtonError } from "./ButtonError";
import { countName, mayAbandon, mayApply, STATUS_WORD, UNIT_STATUS_WORD } from "./format";
import { useActor } from "./useActor";

function Packs({ title, packs }: { title: string; packs: VariancePack[] }) {
  const t = useT();
  const rich = useRich();
  if (packs.length === 0) return null;
  return (
    <>
      <h3>
        {title} <span className="muted">({packs.length})</span>
      </h3>
      <table className="grid-table" aria-label={title}>
        <thead>
          <tr>
            <th>{t("counts.column.product")}</th>
            <th>{t("counts.column.serial")}</th>
            <th>{t("counts.column.lot")}</th>
            <th>{t("counts.column.ledgerHasIt")}</th>
          </tr>
        </thead>
        <tbody>
          {packs.slice(0, 300).map((p) => (
            <tr key={`${p.gtin}-${p.serial}`}>
              <td>{p.product}</td>
              <td className="mono">{p.serial}</td>
              <td>{p.lot ?? ""}</td>
              <td>
                {p.location
                  ? rich("counts.variance.statusAt", { status: t(p.status ? UNIT_STATUS_WORD[p.status] : "counts.unit.never"), location: ltr(p.location) })
                  : t(p.status ? UNIT_STATUS_WORD[p.status] : "counts.unit.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Lots({ lots }: { lots: VarianceLot[] }) {
  const t = useT();
  if (lots.length === 0) return null;
  return (
    <>
      <h3>{t("counts.variance.byLot")}</h3>
      <table className="grid-table" aria-label={t("counts.variance.lots")}>
        <thead>
          <tr>
            <th>{t("counts.column.product")}</th>
            <th>{t("counts.column.lot")}</th>
            <th>{t("counts.column.ledger")}</th>
            <th>{t("counts.column.counted")}</th>
            <th>{t("counts.column.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {lots.map((l) => (
            <tr key={`${l.gtin}-${l.lot}`} className={l.difference !== 0 ? "warn-row" : ""}>
              <td>{l.product}</td>
              <td className="mono">{l.lot}</td>
              <td>{l.expected}</td>
              <td>{l.counted}</td>
              <td>{l.difference > 0 ? `+${l.difference}` : l.difference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Figures({ v }: { v: Variance }) {
  const t = useT();
  const figures: Array<[number, string]> = [
    [v.found, t("counts.figure.found")],
    [v.missing.length, t("counts.variance.missing")],
    [v.unexpected.length + v.wrong_status.length, t("counts.figure.elsewhere")],
    [v.lots.filter((l) => l.difference !== 0).length, t("counts.figure.lots")],
  ];
  return (
    <div className="summary">
      {figures.map(([value, label]) => (
        <div className="figure" key={label}>
          <div className="figure-value">{value}</div>
          <div className="figure-label">{label}</div>
        </div>
      ))}
    </div>
  );
}

function ApplyForm({ count, focus, onApplied }: { count: CountInfo; focus: boolean; onApplied(a: CountApplied): void }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const client = useQueryClient();
  const actor = useActor();
  // The reason the ledger records, as the person would write it.
  const [reason, setReason] = useState(() => t("counts.apply.defaultReason"));
  const [password, setPassword] = useState("");
  const apply = useMutation({
    mutationFn: () => backend.call("count_apply", { id: count.id, reason, meaning: null, password }),
    onSuccess: (applied) => {
      onApplied(applied);
      // The count's own header too: it is applied now, so the screen stops offering Abandon
      // (which the api would refuse); and Home's figures moved with the ledger.
      void client.invalidateQueries({ queryKey: ["count", count.id], exact: true });
      void client.invalidateQueries({ queryKey: ["counts"] });
      void client.invalidateQueries({ queryKey: ["stock"] });
      void client.invalidateQueries({ queryKey: ["attention"] });
    },
  });
  const allowed = mayApply(actor?.role);
  return (
    <form
      className="filters wrap apply-form"
      aria-label={t("counts.apply.form")}
      onSubmit={(e) => {
        e.preventDefault();
        if (allowed) apply.mutate();
      }}
    >
      <Field label={t("counts.apply.reason")} value={reason} onChange={setReason} isDisabled={!allowed} />
      <Field
        label={t("counts.apply.password")}
        name={t("counts.apply.passwordName")}
        type="password"
        value={password}
        onChange={setPassword}
        isDisabled={!allowed}
        autoFocus={focus && allowed}
      />
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={!allowed}>
          {t("counts.apply.submit")}
        </Button>
      </div>
      {allowed ? null : (
        <p className="why muted">{rich("counts.apply.onlyManagers", { name: ltr(countName(count)) })}</p>
      )}
      <ButtonError error={apply.error} />
    </form>
  );
}

export function CountVariance({ count, focusApply, onBack }: { count: CountInfo; focusApply: boolean; onBack(): void }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const actor = useActor();
  const [abandoning, setAbandoning] = useState(false);
  // What Apply wrote, kept here (not in the form) so it stays on screen once the count's
  // refreshed header says "applied".
  const [applied, setApplied] = useState<CountApplied | null>(null);
  const live = count.status === "finished" && applied === null;
  const variance = useQuery({ queryKey: ["count", count.id, "variance"], queryFn: () => backend.call("count_variance", { id: count.id }) });
  const v = variance.data;
  return (
    <section className="view" aria-labelledby="counts-title">
      <header className="view-header">
        <h1 id="counts-title">{rich("counts.variance.title", { name: ltr(countName(count)), location: ltr(count.location) })}</h1>
        <div className="header-actions">
          <Button onPress={onBack}>{t("counts.back")}</Button>
          {live ? (
            <Button isDisabled={!mayAbandon(count, actor)} onPress={() => setAbandoning(true)}>
              {t("counts.abandon")}
            </Button>
          ) : null}
        </div>
      </header>
      <div className="pad count-body" aria-label={t("counts.variance.label")}>
        {variance.isError ? (
          <p role="alert" className="error">
            {variance.error.message}
          </p>
        ) : null}
        {v ? (
          <>
            <Figures v={v} />
            <Packs title={t("counts.variance.missing")} packs={v.missing} />
            <Packs title={t("counts.variance.unexpected")} packs={v.unexpected} />
            <Packs title={t("counts.variance.wrongStatus")} packs={v.wrong_status} />
            <Packs title={t("counts.variance.notReceived")} packs={v.not_received} />
            <Packs title={t("counts.variance.left")} packs={v.left_during_count} />
            <Lots lots={v.lots} />
            {applied ? (
              <p role="status" className="saved">
                {t("counts.variance.applied", { missing: applied.missing, moved: applied.moved_here, quarantined: applied.quarantined })}
              </p>
            ) : live ? (
              <ApplyForm count={count} focus={focusApply} onApplied={setApplied} />
            ) : (
              <p className="muted">{t("counts.variance.status", { status: t(STATUS_WORD[count.status]) })}</p>
            )}
          </>
        ) : null}
      </div>
      {abandoning ? <AbandonDialog count={count} onClose={() => setAbandoning(false)} onAbandoned={onBack} /> : null}
    </section>
  );
}
