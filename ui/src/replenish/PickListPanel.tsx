// The pick list: made from today's shortages at wards and clinics, printed (preview, PDF), then
// picked by scanning each pack taken: the scan records the transfer from the supplying location
// to the ward, ticks the line, and says when a pack is not what the list proposed. The list is
// kept by the api, and its progress read from the ledger, so leaving the screen loses nothing.
// "Picking for" names the ward whose tote is being filled: a product short at two wards of the
// same pharmacy is refused until one is chosen (the api never guesses which ward a pack is for).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { PickLine, PickList, PickScan } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { Button, Field, ModalDialog, Segments } from "../widgets/controls";
import { ltr, useRich } from "../widgets/rich";
import { SavedLine } from "./SavedLine";

/** What a scan did, as a message of the catalogue: `values` said as they are, `codes` (locations,
 *  lots) kept left to right inside the sentence. The api's refusals are its own words. */
interface Answer {
  ok: boolean;
  key: string;
  values: Record<string, string | number>;
  codes: Record<string, string>;
}

/** What the last scan did, in a sentence for the person picking. */
function answer(a: PickScan): Answer {
  const line = a.list.lines.find((l) => l.line_no === a.line_no);
  const recorded = a.verdict.recorded && !a.verdict.recorded.held;
  if (!recorded || !line) return { ok: false, key: "replenish.pick.notPicked", values: { message: a.verdict.message }, codes: {} };
  const values = { product: line.product, picked: line.picked, wanted: line.wanted };
  if (!a.not_proposed_lot) return { ok: true, key: "replenish.pick.picked", values, codes: { location: line.to_location } };
  const lot = a.verdict.lot;
  return lot
    ? { ok: true, key: "replenish.pick.pickedOtherLot", values, codes: { location: line.to_location, lot } }
    : { ok: true, key: "replenish.pick.pickedNoLot", values, codes: { location: line.to_location } };
}

function AnswerLine({ answer }: { answer: Answer }) {
  const say = useRich();
  const codes = Object.fromEntries(Object.entries(answer.codes).map(([name, code]) => [name, ltr(code)]));
  return <p className={answer.ok ? "saved" : "error"}>{say(answer.key, { ...answer.values, ...codes })}</p>;
}

function Proposed({ line }: { line: PickLine }) {
  const t = useT();
  const format = useFormat();
  if (line.proposed.length === 0) return <span className="warn">{t("replenish.pick.noneUsable", { location: line.from_location })}</span>;
  return (
    <ul className="pick-packs">
      {line.proposed.map((p, i) => (
        <li key={i}>
          {p.serial ? <span className="mono">{p.serial}</span> : <span>{t("replenish.pick.times", { n: format.number(p.quantity) })}</span>}{" "}
          <span className="muted">{t("replenish.pick.lot")}</span> <bdi dir="ltr">{p.lot ?? "—"}</bdi>{" "}
          <span className="muted">{t("replenish.pick.exp")}</span> <bdi dir="ltr">{p.expiry ?? "—"}</bdi>
        </li>
      ))}
    </ul>
  );
}

function Lines({ list }: { list: PickList }) {
  const t = useT();
  const format = useFormat();
  const from = [...new Set(list.lines.map((l) => l.from_location))];
  return (
    <>
      {from.map((code) => {
        const lines = list.lines.filter((l) => l.from_location === code);
        return (
          <div key={code}>
            <h3>{t("replenish.pick.from", { name: lines[0]?.from_name ?? "", code })}</h3>
            <table className="grid-table pick-table" aria-label={t("replenish.pick.fromTable", { code })}>
              <thead>
                <tr>
                  <th>{t("replenish.pick.to")}</th>
                  <th>{t("replenish.pick.product")}</th>
                  <th className="num">{t("replenish.pick.wanted")}</th>
                  <th>{t("replenish.pick.take")}</th>
                  <th className="num">{t("replenish.pick.short")}</th>
                  <th className="num">{t("replenish.pick.pickedHeader")}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.line_no} className={l.done && l.available > 0 ? "picked" : undefined} aria-label={t("replenish.pick.line", { n: l.line_no, product: l.product, location: l.to_location })}>
                    <td className="mono">{l.to_location}</td>
                    <td>
                      <span className="strong">{l.product}</span>
                      <br />
                      <span className="mono muted">{l.gtin}</span>
                    </td>
                    <td className="num">{format.number(l.wanted)}</td>
                    <td>
                      <Proposed line={l} />
                    </td>
                    <td className="num">{l.short > 0 ? <span className="warn">{format.number(l.short)}</span> : ""}</td>
                    <td className="num">
                      {l.done && l.available > 0 ? "✓ " : ""}
                      {t("replenish.pick.progress", { picked: l.picked, wanted: l.wanted })}
                      {l.picked_other_lot > 0 ? <div className="muted">{t("replenish.pick.otherLot", { n: l.picked_other_lot })}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** The list's reference, who made it and when, and what is left; or that there is none yet. */
function PickTitle({ list }: { list: PickList | null }) {
  const t = useT();
  if (!list) return <p className="muted pick-title">{t("replenish.pick.noList")}</p>;
  const left = list.lines.filter((l) => !l.done).length;
  return (
    <p className="pick-title">
      <span className="strong">{t("replenish.pick.title", { reference: list.reference })}</span>{" "}
      <span className="muted">
        {t("replenish.pick.made", {
          // The moment as the list records it, in UTC: the printed list says the same.
          when: list.created_at.slice(0, 16).replace("T", " "),
          user: list.created_by,
          lines: list.lines.length,
          left,
        })}
      </span>
    </p>
  );
}

/** Asks before a new list replaces `reference`. */
function AskNewList({ isOpen, reference, onMake, onClose }: { isOpen: boolean; reference: string; onMake(): void; onClose(): void }) {
  const t = useT();
  return (
    <ModalDialog title={t("replenish.pick.askTitle")} isOpen={isOpen} onClose={onClose}>
      <p>{t("replenish.pick.askBody", { reference })}</p>
      <div className="actions">
        <Button variant="primary" onPress={onMake}>
          {t("replenish.pick.makeNew")}
        </Button>
        <Button onPress={onClose} autoFocus>
          {t("replenish.pick.keep", { reference })}
        </Button>
      </div>
    </ModalDialog>
  );
}

/** Which of the open wards the next pack is for ("" for any). */
function PickingFor({ wards, value, onChange }: { wards: string[]; value: string; onChange(ward: string): void }) {
  const t = useT();
  return (
    <div className="filters wrap" aria-label={t("replenish.pick.pickingFor")}>
      <span className="muted">{t("replenish.pick.pickingFor")}</span>
      <Segments
        label={t("replenish.pick.pickingFor")}
        value={value}
        options={[{ value: "", label: t("replenish.pick.allWards") }, ...wards.map((w) => ({ value: w, label: w }))]}
        onChange={onChange}
      />
    </div>
  );
}

/** The shortages left off the list: wards that no pharmacy or store is named to supply. */
function Unsupplied({ list }: { list: PickList }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="unsupplied">
      <h3>{t("replenish.pick.unsupplied")}</h3>
      <p className="muted">{t("replenish.pick.unsuppliedHint", { settings: t("settings.title"), site: t("settings.tab.site") })}</p>
      <table className="grid-table" aria-label={t("replenish.pick.unsuppliedTable")}>
        <tbody>
          {list.unsupplied.map((u) => (
            <tr key={`${u.location}-${u.gtin}`}>
              <td className="mono">{u.location}</td>
              <td>{u.product}</td>
              <td className="num">{format.number(u.wanted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Picking from `list` by scanning: for which ward, how many of a lot-tracked product, and what
 *  the last scan did. Keyed by the list: a new list starts with no answers. */
function Picking({ list }: { list: PickList }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [answers, setAnswers] = useState<Answer[]>([]);
  // Lot-tracked products are picked by quantity: how many the next scan takes (one by default).
  const [quantity, setQuantity] = useState("");
  // The ward being picked for: "" for any (a pack only one open ward can take goes there).
  const [ward, setWard] = useState("");
  const scanBox = useRef<ScanFieldHandle>(null);
  // The wards still open on the list, in list order; a chosen ward that is finished falls back to all.
  const openWards = [...new Set(list.lines.filter((l) => l.picked < l.wanted).map((l) => l.to_location))];
  const pickingFor = openWards.includes(ward) ? ward : "";
  const lotTracked = list.lines.some((l) => l.tracking === "lot" && l.picked < l.wanted);
  const scan = useMutation({
    mutationFn: (raw: string) =>
      backend.call("pick_scan", {
        list: list.id,
        raw,
        quantity: /^\d+$/.test(quantity.trim()) ? Number(quantity.trim()) : null,
        ward: pickingFor || null,
      }),
    onSuccess: (a) => {
      setQuantity("");
      client.setQueryData(["pick-list"], a.list);
      setAnswers((x) => [answer(a), ...x].slice(0, 50));
      // The ward's stock and the shortages changed with the transfer.
      void client.invalidateQueries({ queryKey: ["stock"] });
      void client.invalidateQueries({ queryKey: ["shortages"] });
    },
    onError: (e) => setAnswers((x) => [{ ok: false, key: "replenish.pick.notPicked", values: { message: e.message }, codes: {} }, ...x].slice(0, 50)),
  });
  return (
    <>
      {openWards.length > 1 ? (
        <PickingFor
          wards={openWards}
          value={pickingFor}
          onChange={(w) => {
            setWard(w);
            // Choosing a ward must not take the scanner's keystrokes away from the scan box.
            scanBox.current?.focus();
          }}
        />
      ) : null}
      <div className="pick-scan">
        <ScanField ref={scanBox} label={t("replenish.pick.scan")} onScan={(raw) => scan.mutate(raw)} disabled={scan.isPending} captureAnywhere />
        <form
          onSubmit={(e) => {
            // Enter after the quantity goes back to the scan box, ready for the pack.
            e.preventDefault();
            scanBox.current?.focus();
          }}
        >
          {lotTracked ? (
            <Field label={t("replenish.pick.quantity")} value={quantity} onChange={setQuantity} narrow inputMode="numeric" description={t("replenish.pick.quantityHint")} />
          ) : null}
        </form>
      </div>
      <div className="pick-answers" role="status" aria-label={t("replenish.pick.lastScan")}>
        {answers[0] ? <AnswerLine answer={answers[0]} /> : <p className="muted">{t("replenish.pick.firstScan")}</p>}
      </div>
    </>
  );
}

export function PickListPanel() {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ["pick-list"], queryFn: () => backend.call("pick_list", null) });
  const [asking, setAsking] = useState(false);
  const make = useMutation({
    mutationFn: () => backend.call("make_pick_list", null),
    onSuccess: (l) => {
      client.setQueryData(["pick-list"], l);
      preview.reset();
    },
  });
  const preview = useMutation({ mutationFn: (id: number) => backend.call("report_preview", { kind: "pick-list", list: id }) });
  const saver = useSaveReport();
  const current = list.data ?? null;
  const form = { ...emptyForm("pick-list"), number: current ? String(current.id) : null };
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");

  return (
    <div aria-label={t("replenish.tab.pick")}>
      <div className="filters wrap pick-actions">
        <PickTitle list={current} />
        <div className="actions">
          <Button variant={current ? undefined : "primary"} isDisabled={make.isPending} onPress={() => (current ? setAsking(true) : make.mutate())}>
            {current ? t("replenish.pick.new") : t("replenish.pick.make")}
          </Button>
          {current ? (
            <>
              <Button onPress={() => preview.mutate(current.id)}>{t("replenish.printPreview")}</Button>
              <Button variant="primary" onPress={() => saver.save(form, `pick-list-${current.reference}-${stamp()}.pdf`)}>
                {t("replenish.savePdf")}
              </Button>
            </>
          ) : null}
        </div>
      </div>
      {make.error ? (
        <p role="alert" className="error">
          {make.error.message}
        </p>
      ) : null}
      {saver.error ?? preview.error ? (
        <p role="alert" className="error">
          {(saver.error ?? preview.error)?.message}
        </p>
      ) : null}
      {saver.dialog}
      {saver.saved ? <SavedLine saved={saver.saved} /> : null}
      <AskNewList
        isOpen={asking}
        reference={current?.reference ?? ""}
        onClose={() => setAsking(false)}
        onMake={() => {
          setAsking(false);
          make.mutate();
        }}
      />
      {current ? (
        <>
          <Picking key={current.id} list={current} />
          {preview.data ? (
            <div className="pick-preview">
              <Button variant="quiet" onPress={() => preview.reset()}>
                {t("replenish.closePreview")}
              </Button>
              <DocumentPreview doc={preview.data} />
            </div>
          ) : null}
          {current.lines.length === 0 ? <p className="muted">{t("replenish.pick.nothingShort")}</p> : <Lines list={current} />}
          {current.unsupplied.length > 0 ? <Unsupplied list={current} /> : null}
        </>
      ) : null}
    </div>
  );
}
