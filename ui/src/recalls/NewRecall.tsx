// A new recall, step by step: the product (scanned or searched), what of it is recalled, the
// notice's details, then a preview of what the hold will do — "this will quarantine N packs at M
// locations and block K more" — which the person confirms before anything is written.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import type { HoldPreview, RecallClass } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { EMPTY_DRAFT, draftScope, missingDetails, recallForm, recalledLots, type RecallDraft } from "./draft";
import { dropRecall, keepRecall, keptRecall } from "./kept";
import { ChosenLine, ProductStep } from "./ProductStep";
import { ScopeStep } from "./ScopeStep";
import { MARK, placed, type T } from "./words";

/** The steps' names, as catalogue keys. */
const STEPS = ["recalls.step.product", "recalls.step.scope", "recalls.step.details", "recalls.step.preview"] as const;

export function NewRecall({ owner, onCreated, onCancel }: { owner: string | null; onCreated(number: string): void; onCancel(): void }) {
  const t = useT();
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
      if (step === 0 && !draft.product) throw new Error(t("recalls.problem.chooseProduct"));
      if (step === 1) draftScope(draft, t);
      if (step === 2) {
        const missing = missingDetails(draft);
        if (missing.length) throw new Error(t("recalls.problem.give", { missing: missing.map((k) => t(k)).join(t("recalls.listSeparator")) }));
      }
      setStep(step + 1);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="new-recall" aria-label={t("recalls.new")}>
      <h2>{t("recalls.new")}</h2>
      <ol className="steps" aria-label={t("recalls.steps")}>
        {STEPS.map((s, i) => (
          <li key={s} className={i === step ? "on" : i < step ? "done" : undefined} aria-current={i === step ? "step" : undefined}>
            <span className="step-n">{i + 1}</span> {t(s)}
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
          <Button onPress={step === 0 ? () => (dropRecall(), onCancel()) : () => (setProblem(null), setStep(step - 1))}>{step === 0 ? t("recalls.cancel") : t("recalls.back")}</Button>
          <Button variant="primary" onPress={next}>
            {t("recalls.next", { step: t(STEPS[step + 1] ?? STEPS[3]) })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function DetailsStep({ draft, onChange }: { draft: RecallDraft; onChange(d: RecallDraft): void }) {
  const t = useT();
  const field = (key: "number" | "title" | "reason" | "instructions" | "issuer" | "issued_on", label: string, props: { multiline?: boolean; placeholder?: string } = {}) => (
    <Field label={label} name={label} multiline={props.multiline} placeholder={props.placeholder} value={draft[key]} onChange={(v) => onChange({ ...draft, [key]: v })} />
  );
  return (
    <div className="form-grid recall-step" aria-label={t("recalls.step.details")}>
      {field("number", t("recalls.field.number"), { placeholder: "RCL-2026-0091" })}
      <label>
        {t("recalls.field.class")}
        <select aria-label={t("recalls.field.class")} value={draft.class} onChange={(e) => onChange({ ...draft, class: e.target.value as RecallClass })}>
          <option value="I">{t("recalls.class.I")}</option>
          <option value="II">{t("recalls.class.II")}</option>
          <option value="III">{t("recalls.class.III")}</option>
          <option value="withdrawal">{t("recalls.class.withdrawal")}</option>
        </select>
      </label>
      {field("title", t("recalls.field.title"))}
      {field("issuer", t("recalls.field.issuer"))}
      {field("issued_on", t("recalls.field.issuedOn"))}
      <span />
      {field("reason", t("recalls.field.reason"), { multiline: true })}
      {field("instructions", t("recalls.field.instructions"), { multiline: true })}
    </div>
  );
}

/** The sentence a person confirms: what the hold quarantines, where, and what it blocks. */
export function previewSentence(t: T, p: HoldPreview): string {
  const packs = t("recalls.preview.packs", { n: p.units });
  const lotStock = t("recalls.preview.lotStock", { n: p.lot_quantity });
  if (p.units === 0 && p.lot_quantity === 0) return t("recalls.preview.nothing", { blocked: p.blocked });
  const held = p.units === 0 ? lotStock : p.lot_quantity === 0 ? packs : t("recalls.preview.both", { packs, lotStock });
  return t("recalls.preview.sentence", { held, locations: p.locations, blocked: p.blocked });
}

/** What the recall covers, in words: every lot, the lots named, or how many packs by serial. */
function scopeWords(t: T, draft: RecallDraft): string {
  if (draft.scopeKind === "all") return t("recalls.scope.everyLot");
  if (draft.scopeKind === "lots") return t("recalls.scope.lots", { lots: recalledLots(draft).join(", ") });
  return t("recalls.scope.serials", { n: draft.serials.length });
}

function PreviewStep({ draft, onCreated, onBack }: { draft: RecallDraft; onCreated(number: string): void; onBack(): void }) {
  const backend = useBackend();
  const t = useT();
  const scope = draftScope(draft, t);
  const preview = useQuery({ queryKey: ["recall-preview", scope], queryFn: () => backend.call("preview_recall", scope), gcTime: 0 });
  const create = useMutation({
    mutationFn: () => backend.call("create_recall", recallForm(draft, t)),
    onSuccess: (created) => onCreated(created.recall.number),
  });
  const p = preview.data;
  return (
    <div className="recall-step" aria-label={t("recalls.preview.label")}>
      <p>
        {placed(
          t("recalls.preview.head", { number: MARK, class: draft.class === "withdrawal" ? t("recalls.class.withdrawalName") : draft.class, scope: scopeWords(t, draft) }),
          <span className="strong" dir="ltr">
            {draft.number}
          </span>,
        )}
      </p>
      {preview.isError ? (
        <p role="alert" className="error">
          {preview.error.message}
        </p>
      ) : null}
      {p ? (
        <div className="hold-preview" aria-label={t("recalls.preview.hold")}>
          <p className="preview-sentence" role="status">
            {previewSentence(t, p)}
          </p>
          {p.by_location.length > 0 ? (
            <table className="grid-table" aria-label={t("recalls.preview.byLocation")}>
              <thead>
                <tr>
                  <th>{t("recalls.column.location")}</th>
                  <th className="num">{t("recalls.column.packs")}</th>
                  {p.lot_quantity > 0 ? <th className="num">{t("recalls.column.lotStock")}</th> : null}
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
          {p.not_received > 0 ? <p className="muted">{t("recalls.preview.notReceived", { n: p.not_received })}</p> : null}
          {p.unknown_gtins.length > 0 ? <p className="warn">{t("recalls.preview.unknownGtins", { gtins: p.unknown_gtins.join(", ") })}</p> : null}
        </div>
      ) : (
        <p className="muted">{t("recalls.preview.working")}</p>
      )}
      {create.isError ? (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      ) : null}
      <div className="actions">
        <Button onPress={onBack}>{t("recalls.back")}</Button>
        <Button variant="primary" isDisabled={!p || create.isPending} onPress={() => create.mutate()}>
          {create.isPending ? t("recalls.preview.entering") : t("recalls.preview.confirm")}
        </Button>
      </div>
    </div>
  );
}
