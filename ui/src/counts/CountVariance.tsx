// A finished count's variance: what is missing, found elsewhere, in the wrong status or never
// received, and the lots that differ; a manager applies it to the ledger, signed. A role that
// may not apply sees the button greyed, with why; a refusal shows beside the button.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountApplied, CountInfo, Variance, VarianceLot, VariancePack } from "../bindings";
import { Button, Field } from "../widgets/controls";
import { AbandonDialog } from "./AbandonDialog";
import { ButtonError } from "./ButtonError";
import { countName, mayAbandon, mayApply } from "./format";
import { useActor } from "./useActor";

function Packs({ title, packs }: { title: string; packs: VariancePack[] }) {
  if (packs.length === 0) return null;
  return (
    <>
      <h3>
        {title} <span className="muted">({packs.length})</span>
      </h3>
      <table className="grid-table" aria-label={title}>
        <thead>
          <tr>
            <th>Product</th>
            <th>Serial</th>
            <th>Lot</th>
            <th>Ledger has it</th>
          </tr>
        </thead>
        <tbody>
          {packs.slice(0, 300).map((p) => (
            <tr key={`${p.gtin}-${p.serial}`}>
              <td>{p.product}</td>
              <td className="mono">{p.serial}</td>
              <td>{p.lot ?? ""}</td>
              <td>
                {p.status ? p.status.replace(/_/g, " ") : "never received"}
                {p.location ? ` at ${p.location}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Lots({ lots }: { lots: VarianceLot[] }) {
  if (lots.length === 0) return null;
  return (
    <>
      <h3>By lot</h3>
      <table className="grid-table" aria-label="Lots">
        <thead>
          <tr>
            <th>Product</th>
            <th>Lot</th>
            <th>Ledger</th>
            <th>Counted</th>
            <th>Difference</th>
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
  const figures: Array<[number, string]> = [
    [v.found, "Found as expected"],
    [v.missing.length, "Missing"],
    [v.unexpected.length + v.wrong_status.length, "Found but recorded elsewhere or otherwise"],
    [v.lots.filter((l) => l.difference !== 0).length, "Lots with a difference"],
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
  const backend = useBackend();
  const client = useQueryClient();
  const actor = useActor();
  const [reason, setReason] = useState("Stock count");
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
      aria-label="Apply the count"
      onSubmit={(e) => {
        e.preventDefault();
        if (allowed) apply.mutate();
      }}
    >
      <Field label="Reason" value={reason} onChange={setReason} isDisabled={!allowed} />
      <Field label="Your password (signs it)" name="Signature password" type="password" value={password} onChange={setPassword} isDisabled={!allowed} autoFocus={focus && allowed} />
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={!allowed}>
          Apply to the ledger
        </Button>
      </div>
      {allowed ? null : (
        <p className="why muted">Only a manager or an administrator applies a count (it is signed). Ask one to apply {countName(count)}.</p>
      )}
      <ButtonError error={apply.error} />
    </form>
  );
}

export function CountVariance({ count, focusApply, onBack }: { count: CountInfo; focusApply: boolean; onBack(): void }) {
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
        <h1 id="counts-title">
          Count {countName(count)} at {count.location}: variance
        </h1>
        <div className="header-actions">
          <Button onPress={onBack}>Back to the counts</Button>
          {live ? (
            <Button isDisabled={!mayAbandon(count, actor)} onPress={() => setAbandoning(true)}>
              Abandon
            </Button>
          ) : null}
        </div>
      </header>
      <div className="pad count-body" aria-label="Variance">
        {variance.isError ? (
          <p role="alert" className="error">
            {variance.error.message}
          </p>
        ) : null}
        {v ? (
          <>
            <Figures v={v} />
            <Packs title="Missing" packs={v.missing} />
            <Packs title="Found here, recorded elsewhere" packs={v.unexpected} />
            <Packs title="Wrong status" packs={v.wrong_status} />
            <Packs title="Never received here" packs={v.not_received} />
            <Packs title="Left during the count (accounted for)" packs={v.left_during_count} />
            <Lots lots={v.lots} />
            {applied ? (
              <p role="status" className="saved">
                Applied: {applied.missing} recorded missing, {applied.moved_here} moved here, {applied.quarantined} quarantined.
              </p>
            ) : live ? (
              <ApplyForm count={count} focus={focusApply} onApplied={setApplied} />
            ) : (
              <p className="muted">This count is {count.status}.</p>
            )}
          </>
        ) : null}
      </div>
      {abandoning ? <AbandonDialog count={count} onClose={() => setAbandoning(false)} onAbandoned={onBack} /> : null}
    </section>
  );
}
