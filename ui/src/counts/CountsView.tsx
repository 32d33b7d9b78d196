// A stock count: start it at a location, scan every pack once, finish for the variance, and
// (a manager) apply it to the ledger with a signature.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo, CountScan, Variance, VariancePack } from "../bindings";
import { LocationSelect } from "../widgets/Choosers";
import { ScanField } from "../widgets/ScanField";
import { Button, Check, Field } from "../widgets/controls";

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

export function CountsView() {
  const backend = useBackend();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const [location, setLocation] = useState("");
  const [blind, setBlind] = useState(true);
  const [count, setCount] = useState<CountInfo | null>(null);
  const [answers, setAnswers] = useState<CountScan[]>([]);
  const [variance, setVariance] = useState<Variance | null>(null);
  const [reason, setReason] = useState("Stock count");
  const [password, setPassword] = useState("");
  const where = location || locations.data?.[0]?.code || "";
  const start = useMutation({ mutationFn: () => backend.call("count_start", { location: where, products: [], blind }), onSuccess: setCount });
  const scan = useMutation({
    mutationFn: (raw: string) => backend.call("count_scan", { id: count?.id ?? 0, raw, quantity: null }),
    onSuccess: (a) => setAnswers((x) => [a, ...x].slice(0, 200)),
  });
  const finish = useMutation({ mutationFn: () => backend.call("count_finish", { id: count?.id ?? 0 }), onSuccess: setVariance });
  const apply = useMutation({ mutationFn: () => backend.call("count_apply", { id: count?.id ?? 0, reason, meaning: null, password }) });
  const error = start.error ?? scan.error ?? finish.error ?? apply.error;

  return (
    <section className="view" aria-labelledby="counts-title">
      <header className="view-header">
        <h1 id="counts-title">{count ? `Count COUNT-${count.id} at ${count.location}` : "Stock count"}</h1>
        {count && !variance ? (
          <Button variant="primary" onPress={() => finish.mutate()}>
            Finish and see the variance
          </Button>
        ) : null}
      </header>
      <div className="pad count-body">
        {!count ? (
          <form
            className="filters"
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate();
            }}
          >
            <LocationSelect label="Location" value={where} onChange={setLocation} />
            <Check checked={blind} onChange={setBlind}>
              Blind (counters do not see expected quantities)
            </Check>
            <div className="actions">
              <Button type="submit" variant="primary">
                Start the count
              </Button>
            </div>
          </form>
        ) : null}
        {error ? (
          <p role="alert" className="error">
            {error.message}
          </p>
        ) : null}
        {count && !variance ? (
          <>
            <ScanField label="Scan each pack once" onScan={(raw) => scan.mutate(raw)} captureAnywhere />
            <p className="count-progress" role="status">
              {answers[0] ? answers[0].message : "Scan the first pack."} · {answers[0]?.counted_units ?? 0} packs counted
              {count.expected_units !== null ? ` of ${count.expected_units} expected` : ""}
            </p>
            <ol className="count-answers">
              {answers.map((a, i) => (
                <li key={i} className={a.recorded ? "" : "warn"}>
                  <span className="tag">{a.code.replace(/_/g, " ")}</span> {a.message}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {variance ? (
          <div aria-label="Variance">
            <div className="summary">
              <div className="figure">
                <div className="figure-value">{variance.found}</div>
                <div className="figure-label">Found as expected</div>
              </div>
              <div className="figure">
                <div className="figure-value">{variance.missing.length}</div>
                <div className="figure-label">Missing</div>
              </div>
              <div className="figure">
                <div className="figure-value">{variance.unexpected.length + variance.wrong_status.length}</div>
                <div className="figure-label">Found but recorded elsewhere or otherwise</div>
              </div>
              <div className="figure">
                <div className="figure-value">{variance.lots.filter((l) => l.difference !== 0).length}</div>
                <div className="figure-label">Lots with a difference</div>
              </div>
            </div>
            <Packs title="Missing" packs={variance.missing} />
            <Packs title="Found here, recorded elsewhere" packs={variance.unexpected} />
            <Packs title="Wrong status" packs={variance.wrong_status} />
            <Packs title="Never received here" packs={variance.not_received} />
            <Packs title="Left during the count (accounted for)" packs={variance.left_during_count} />
            {apply.data ? (
              <p role="status" className="saved">
                Applied: {apply.data.missing} recorded missing, {apply.data.moved_here} moved here, {apply.data.quarantined}{" "}
                quarantined.
              </p>
            ) : (
              <form
                className="filters"
                onSubmit={(e) => {
                  e.preventDefault();
                  apply.mutate();
                }}
              >
                <Field label="Reason" value={reason} onChange={setReason} />
                <Field label="Your password (signs it)" name="Signature password" type="password" value={password} onChange={setPassword} />
                <div className="actions">
                  <Button type="submit" variant="primary">
                    Apply to the ledger
                  </Button>
                </div>
              </form>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
