// A new recall, step by step: the product (scanned or searched), what of it is recalled, the
// notice's details, then a preview of what the hold will do — "this will quarantine N packs at M
// locations and block K more" — which the person confirms before anything is written.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import type { HoldPreview, RecallClass } from "../bindings";
import { Button, Field } from "../widgets/controls";
import { EMPTY_DRAFT, draftScope, missingDetails, recallForm, recalledLots, type RecallDraft } from "./draft";
import { dropRecall, keepRecall, keptRecall } from "./kept";
import { ChosenLine, ProductStep } from "./ProductStep";
import { ScopeStep } from "./ScopeStep";

const STEPS = ["Product", "What is recalled", "Details", "Preview and confirm"] as const;

export function NewRecall({ owner, onCreated, onCancel }: { owner: string | null; onCreated(number: string): void; onCancel(): void }) {
  const [step, setStep] = useState(() => keptRecall(owner)?.step ?? 0);
  const [draft, setDraft] = useState<RecallDraft>(() => keptRecall(owner)?.draft ?? EMPTY_DRAFT);
  // Kept as it is entered: leaving the screen or opening another recall never throws it away.
  useEffect(() => {
    if (owner) keepRecall({ owner, step, draft });
  }, [owner, step, draft]);
  const [problem, setProblem] = useState<string | null>(null);
  const next = () => {
    setProblem(null);
    try {
      if (step === 0 && !draft.product) throw new Error("Choose the product first: scan a pack of it or search it by name.");
      if (step === 1) draftScope(draft);
      if (step === 2) {
        const missing = missingDetails(draft);
        if (missing.length) throw new Error(`Give ${missing.join(", ")}.`);
      }
      setStep(step + 1);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="new-recall" aria-label="New recall">
      <h2>New recall</h2>
      <ol className="steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s} className={i === step ? "on" : i < step ? "done" : undefined} aria-current={i === step ? "step" : undefined}>
            <span className="step-n">{i + 1}</span> {s}
          </li>
        ))}
      </ol>
      {step > 0 && draft.product ? <ChosenLine chosen={draft.product} /> : null}
      {step === 0 ? (
        <ProductStep
          chosen={draft.product}
          onChoose={(product, pack) =>
            setDraft((d) => ({
              ...d,
              product,
              title: d.title || product.name || "",
              // A scanned pack starts the scope at its lot: the usual notice names lots.
              scopeKind: pack?.lot ? "lots" : d.product?.gtin === product.gtin ? d.scopeKind : "all",
              lots: pack?.lot ? [pack.lot] : d.product?.gtin === product.gtin ? d.lots : [],
              typedLots: d.product?.gtin === product.gtin ? d.typedLots : "",
              serials: d.product?.gtin === product.gtin ? d.serials : [],
            }))
          }
        />
      ) : null}
      {step === 1 ? <ScopeStep draft={draft} onChange={setDraft} /> : null}
      {step === 2 ? <DetailsStep draft={draft} onChange={setDraft} /> : null}
      {step === 3 ? <PreviewStep draft={draft} onCreated={(n) => (dropRecall(), onCreated(n))} onBack={() => setStep(2)} /> : null}
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {step < 3 ? (
        <div className="actions">
          <Button onPress={step === 0 ? () => (dropRecall(), onCancel()) : () => (setProblem(null), setStep(step - 1))}>{step === 0 ? "Cancel" : "Back"}</Button>
          <Button variant="primary" onPress={next}>
            Next: {STEPS[step + 1]}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function DetailsStep({ draft, onChange }: { draft: RecallDraft; onChange(d: RecallDraft): void }) {
  const field = (key: "number" | "title" | "reason" | "instructions" | "issuer" | "issued_on", label: string, props: { multiline?: boolean; placeholder?: string } = {}) => (
    <Field label={label} name={label} multiline={props.multiline} placeholder={props.placeholder} value={draft[key]} onChange={(v) => onChange({ ...draft, [key]: v })} />
  );
  return (
    <div className="form-grid recall-step" aria-label="Details">
      {field("number", "Recall number", { placeholder: "RCL-2026-0091" })}
      <label>
        Class
        <select aria-label="Class" value={draft.class} onChange={(e) => onChange({ ...draft, class: e.target.value as RecallClass })}>
          <option value="I">Class I — serious harm or death</option>
          <option value="II">Class II — temporary or reversible harm</option>
          <option value="III">Class III — unlikely to cause harm</option>
          <option value="withdrawal">Market withdrawal</option>
        </select>
      </label>
      {field("title", "Title")}
      {field("issuer", "Issued by")}
      {field("issued_on", "Date of the notice (YYYY-MM-DD; today if empty)")}
      <span />
      {field("reason", "Reason", { multiline: true })}
      {field("instructions", "Instructions", { multiline: true })}
    </div>
  );
}

/** The sentence a person confirms: what the hold quarantines, where, and what it blocks. */
export function previewSentence(p: HoldPreview): string {
  const held = [p.units > 0 ? `${p.units.toLocaleString("en-GB")} pack(s)` : null, p.lot_quantity > 0 ? `${p.lot_quantity.toLocaleString("en-GB")} unit(s) of lot stock` : null].filter(Boolean);
  const quarantine = held.length ? `This will quarantine ${held.join(" and ")} at ${p.locations} location(s)` : "This will quarantine nothing (no affected stock is held here)";
  return `${quarantine} and block ${p.blocked.toLocaleString("en-GB")} more (already dispensed, sent away or held: any later scan of them is stopped).`;
}

function PreviewStep({ draft, onCreated, onBack }: { draft: RecallDraft; onCreated(number: string): void; onBack(): void }) {
  const backend = useBackend();
  const scope = draftScope(draft);
  const preview = useQuery({ queryKey: ["recall-preview", scope], queryFn: () => backend.call("preview_recall", scope), gcTime: 0 });
  const create = useMutation({
    mutationFn: () => backend.call("create_recall", recallForm(draft)),
    onSuccess: (created) => onCreated(created.recall.number),
  });
  const p = preview.data;
  return (
    <div className="recall-step" aria-label="Preview">
      <p>
        Recall <span className="strong">{draft.number}</span> (class {draft.class}):{" "}
        {draft.scopeKind === "all" ? "every lot" : draft.scopeKind === "lots" ? `lots ${recalledLots(draft).join(", ")}` : `${draft.serials.length} pack(s) by serial`}.
      </p>
      {preview.isError ? (
        <p role="alert" className="error">
          {preview.error.message}
        </p>
      ) : null}
      {p ? (
        <div className="hold-preview" aria-label="Hold preview">
          <p className="preview-sentence" role="status">
            {previewSentence(p)}
          </p>
          {p.by_location.length > 0 ? (
            <table className="grid-table" aria-label="To quarantine by location">
              <thead>
                <tr>
                  <th>Location</th>
                  <th className="num">Packs</th>
                  {p.lot_quantity > 0 ? <th className="num">Lot stock</th> : null}
                </tr>
              </thead>
              <tbody>
                {p.by_location.map((l) => (
                  <tr key={l.location}>
                    <td className="strong">{l.location}</td>
                    <td className="num">{l.units}</td>
                    {p.lot_quantity > 0 ? <td className="num">{l.lot_quantity}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {p.not_received > 0 ? <p className="muted">{p.not_received} serial(s) named were never received here: they are blocked should they arrive.</p> : null}
          {p.unknown_gtins.length > 0 ? <p className="warn">Not in the product list: {p.unknown_gtins.join(", ")}.</p> : null}
        </div>
      ) : (
        <p className="muted">Working out what the hold will do…</p>
      )}
      {create.isError ? (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      ) : null}
      <div className="actions">
        <Button onPress={onBack}>Back</Button>
        <Button variant="primary" isDisabled={!p || create.isPending} onPress={() => create.mutate()}>
          {create.isPending ? "Entering and quarantining…" : "Confirm: enter the recall and quarantine"}
        </Button>
      </div>
    </div>
  );
}
