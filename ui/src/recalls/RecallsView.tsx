// Recalls: the list, entering one (its hold quarantines affected stock at once), its reach by
// location and status, and the printed notice.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import { createColumnHelper } from "@tanstack/react-table";
import type { AffectedUnit, Reach, RecallClass, RecallForm, RecallOutcome } from "../bindings";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { PartnerSelect } from "../widgets/Choosers";
import { VirtualTable } from "../widgets/PagedTable";
import { Button, Field } from "../widgets/controls";

/** The new-recall form as the person types it: lots and serials as text, one or many. */
interface RecallDraft {
  number: string;
  title: string;
  class: RecallClass;
  reason: string;
  instructions: string;
  issuer: string;
  issued_on: string | null;
  gtin: string;
  lots: string;
  serials: string;
}

/** The lots or serials typed, split at commas, spaces and line breaks. */
function list(text: string): string[] {
  return text.split(/[\s,]+/).filter((x) => x !== "");
}

/** The api's request for the recall `d` describes: one product, with its lots or serials. */
function recallForm(d: RecallDraft): RecallForm {
  return {
    number: d.number.trim(),
    title: d.title.trim(),
    class: d.class,
    reason: d.reason.trim(),
    instructions: d.instructions.trim() || null,
    issuer: d.issuer.trim() || null,
    issued_on: d.issued_on?.trim() || null,
    scope: { product: { gtin: d.gtin.trim(), lots: list(d.lots), serials: list(d.serials) } },
  };
}

const EMPTY: RecallDraft = {
  number: "",
  title: "",
  class: "II",
  reason: "",
  instructions: "",
  issuer: "",
  issued_on: null,
  gtin: "",
  lots: "",
  serials: "",
};

export function RecallsView() {
  const backend = useBackend();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ["recalls"], queryFn: () => backend.call("recalls", null) });
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const reach = useQuery({
    queryKey: ["reach", selected],
    queryFn: () => backend.call("recall_reach", { number: selected ?? "", open_only: false }),
    enabled: !!selected,
  });

  return (
    <section className="view" aria-labelledby="recalls-title">
      <header className="view-header">
        <h1 id="recalls-title">Recalls</h1>
        <Button variant="primary" onPress={() => setCreating(true)}>
          New recall
        </Button>
      </header>
      <div className="recalls">
        <ul className="recall-list" aria-label="Recalls">
          {list.data?.length === 0 ? <li className="muted pad">No recalls yet.</li> : null}
          {list.data?.map((r) => (
            <li key={r.recall.number}>
              <Button
                variant="bare"
                className={selected === r.recall.number ? "recall-item on" : "recall-item"}
                onPress={() => {
                  setSelected(r.recall.number);
                  setCreating(false);
                }}
              >
                <span className={`class class-${r.recall.class}`}>{r.recall.class === "withdrawal" ? "W" : r.recall.class}</span>
                <span className="strong">{r.recall.number}</span>
                <span className="muted">{r.recall.title}</span>
                <span className={r.recall.closed_at ? "tag" : "tag open"}>
                  {r.recall.closed_at ? "closed" : `${r.summary.open} open`}
                </span>
              </Button>
            </li>
          ))}
        </ul>
        <div className="recall-main">
          {creating ? (
            <NewRecall
              onCreated={(number) => {
                setCreating(false);
                setSelected(number);
                void client.invalidateQueries({ queryKey: ["recalls"] });
                void client.invalidateQueries({ queryKey: ["attention"] });
              }}
            />
          ) : null}
          {!creating && reach.data ? <ReachView reach={reach.data} /> : null}
          {!creating && reach.isError ? (
            <p role="alert" className="error">
              {reach.error.message}
            </p>
          ) : null}
          {!creating && !selected ? <p className="muted pad">Choose a recall, or enter a new one.</p> : null}
        </div>
      </div>
    </section>
  );
}

function NewRecall({ onCreated }: { onCreated(number: string): void }) {
  const backend = useBackend();
  const [form, setForm] = useState<RecallDraft>(EMPTY);
  const create = useMutation({
    mutationFn: (f: RecallDraft) => backend.call("create_recall", recallForm(f)),
    onSuccess: (created) => onCreated(created.recall.number),
  });
  const field = (key: keyof RecallDraft, label: string, props: { textarea?: boolean; placeholder?: string } = {}) => (
    <Field label={label} name={label} multiline={props.textarea} placeholder={props.placeholder} value={form[key] ?? ""} onChange={(v) => setForm({ ...form, [key]: v })} />
  );
  return (
    <form
      className="form-grid"
      aria-label="New recall"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(form);
      }}
    >
      <h2>New recall</h2>
      {field("number", "Recall number", { placeholder: "RCL-2026-0091" })}
      <label>
        Class
        <select aria-label="Class" value={form.class} onChange={(e) => setForm({ ...form, class: e.target.value as RecallClass })}>
          <option value="I">Class I — serious harm or death</option>
          <option value="II">Class II — temporary or reversible harm</option>
          <option value="III">Class III — unlikely to cause harm</option>
          <option value="withdrawal">Market withdrawal</option>
        </select>
      </label>
      {field("title", "Title", { placeholder: "Metformin 500 mg tablets, lot A12345" })}
      {field("issuer", "Issued by")}
      {field("reason", "Reason", { textarea: true })}
      {field("instructions", "Instructions", { textarea: true })}
      {field("gtin", "GTIN")}
      {field("lots", "Lots (none: every lot)", { placeholder: "A12345, A12346" })}
      {field("serials", "Serials (only these packs)", { textarea: true })}
      {create.isError ? (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      ) : null}
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={create.isPending}>
          {create.isPending ? "Entering and quarantining…" : "Enter recall and quarantine affected stock"}
        </Button>
      </div>
    </form>
  );
}

const pack = createColumnHelper<AffectedUnit>();
const PACK_COLUMNS = [
  pack.accessor("product", { header: "Product" }),
  pack.accessor("serial", { header: "Serial", cell: (c) => <span className="mono">{c.getValue()}</span> }),
  pack.accessor("lot", { header: "Lot", cell: (c) => c.getValue() ?? "" }),
  pack.accessor("status", { header: "Status", cell: (c) => c.getValue().replace(/_/g, " ") }),
  pack.accessor((u) => u.location ?? u.counterparty ?? "", { id: "where", header: "Where" }),
  pack.accessor("reference", { header: "Document", cell: (c) => c.getValue() ?? "" }),
  pack.accessor((u) => u.outcome?.replace(/_/g, " ") ?? (u.open ? "open" : "resolved"), { id: "outcome", header: "Outcome" }),
];

function ReachView({ reach }: { reach: Reach }) {
  const backend = useBackend();
  const notice = useSaveReport();
  const saved = notice.saved;
  const printNotice = () =>
    notice.save({ ...emptyForm("recall-notice"), number: reach.recall.number }, `recall-notice-${reach.recall.number}.pdf`);
  const s = reach.summary;
  const byLocation = new Map<string, Map<string, number>>();
  for (const u of reach.units) {
    const where = u.location ?? "left the pharmacy";
    const m = byLocation.get(where) ?? new Map<string, number>();
    m.set(u.status, (m.get(u.status) ?? 0) + 1);
    byLocation.set(where, m);
  }
  return (
    <div className="reach" aria-label={`Reach of ${reach.recall.number}`}>
      <div className="reach-head">
        <div>
          <h2>
            {reach.recall.number} <span className="muted">Class {reach.recall.class}</span>
          </h2>
          <p>{reach.recall.title}</p>
          <p className="muted">{reach.recall.reason}</p>
        </div>
        <div className="actions">
          <Button variant="primary" onPress={printNotice} isDisabled={notice.isPending}>
            Print recall notice (PDF)
          </Button>
          {saved ? (
            <Button onPress={() => void backend.openFile(saved.path)}>
              Open {saved.path.split("/").pop()}
            </Button>
          ) : null}
        </div>
      </div>
      {notice.error ? (
        <p role="alert" className="error">
          {notice.error.message}
        </p>
      ) : null}
      {notice.dialog}
      <Outcomes reach={reach} />
      <div className="summary reach-figures" aria-label="Reach summary">
        <Figure label="Affected packs" value={s.units} />
        <Figure label="Held in quarantine" value={s.quarantined} />
        <Figure label="Dispensed" value={s.dispensed} />
        <Figure label="Still open" value={s.open} />
      </div>
      <table className="grid-table" aria-label="Reach by location and status">
        <thead>
          <tr>
            <th>Where</th>
            <th>Status</th>
            <th className="num">Packs</th>
          </tr>
        </thead>
        <tbody>
          {[...byLocation.entries()].flatMap(([where, statuses]) =>
            [...statuses.entries()].map(([status, n]) => (
              <tr key={`${where}-${status}`}>
                <td className="strong">{where}</td>
                <td>{status.replace(/_/g, " ")}</td>
                <td className="num">{n}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h3>Affected packs</h3>
      <VirtualTable
        label="Affected packs"
        className="reach-packs"
        rows={reach.units}
        columns={PACK_COLUMNS}
        template="minmax(120px, 2fr) minmax(100px, 1.3fr) 70px 84px 70px 90px 70px"
        empty="No pack is affected."
        rowKey={(u) => `${u.gtin}-${u.serial}`}
        rowClass={(u) => (u.open ? "open" : undefined)}
      />
    </div>
  );
}

const OUTCOMES: Array<{ id: RecallOutcome; label: string }> = [
  { id: "returned_to_supplier", label: "Returned to supplier (held stock)" },
  { id: "destroyed", label: "Destroyed (held stock; signed)" },
  { id: "notified", label: "Notified (packs that left)" },
  { id: "not_found", label: "Not found" },
];

/** Record outcomes for the open items, then close the recall with a signature. */
function Outcomes({ reach }: { reach: Reach }) {
  const backend = useBackend();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<RecallOutcome>("returned_to_supplier");
  const [partner, setPartner] = useState("");
  const [note, setNote] = useState("");
  const [password, setPassword] = useState("");
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ["reach", reach.recall.number] });
    void client.invalidateQueries({ queryKey: ["recalls"] });
  };
  const record = useMutation({
    mutationFn: () =>
      backend.call("recall_outcome", {
        number: reach.recall.number,
        outcome,
        gtin: null,
        lot: null,
        serials: [],
        location: null,
        partner: partner || null,
        note: note || null,
        password: password || null,
      }),
    onSuccess: refresh,
  });
  const close = useMutation({ mutationFn: () => backend.call("close_recall", { number: reach.recall.number, meaning: null, note: note || null, password: password || null }), onSuccess: refresh });
  if (reach.recall.closed_at) {
    return (
      <p className="saved" role="status">
        Closed {reach.recall.closed_at.slice(0, 16).replace("T", " ")} by {reach.recall.closed_by}
        {reach.recall.close_meaning ? `, signed (${reach.recall.close_meaning})` : ""}.
      </p>
    );
  }
  const error = record.error ?? close.error;
  return (
    <form
      className="filters wrap outcomes"
      aria-label="Outcomes"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate();
      }}
    >
      <label>
        Outcome for the open items
        <select aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as RecallOutcome)}>
          {OUTCOMES.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {outcome === "returned_to_supplier" ? (
        <PartnerSelect label="Supplier" value={partner} onChange={setPartner} />
      ) : null}
      <Field label="Note" value={note} onChange={setNote} placeholder="RMA number, who was told" />
      <Field label="Your password (signs)" name="Signature password" type="password" value={password} onChange={setPassword} />
      <div className="actions">
        <Button type="submit">
          Record outcome
        </Button>
        <Button variant="primary" onPress={() => close.mutate()} isDisabled={reach.summary.open > 0}>
          Close recall (signed)
        </Button>
      </div>
      {record.data ? (
        <p role="status" className="muted">
          Recorded for {record.data.units} pack(s) and {record.data.lot_quantity} of lot stock; {record.data.still_open} still open.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="figure">
      <div className="figure-value">{value.toLocaleString("en-GB")}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}
