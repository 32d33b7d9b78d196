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
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { Button, Field, ModalDialog, Segments } from "../widgets/controls";

/** What the last scan did, in a sentence for the person picking. */
function answer(a: PickScan): { ok: boolean; text: string } {
  const line = a.list.lines.find((l) => l.line_no === a.line_no);
  const recorded = a.verdict.recorded && !a.verdict.recorded.held;
  if (!recorded || !line) return { ok: false, text: `Not picked: ${a.verdict.message}` };
  const lot = a.not_proposed_lot ? ` Not the proposed lot (${a.verdict.lot ?? "no lot"}): taken, it is usable.` : "";
  return { ok: true, text: `Picked ${line.product} for ${line.to_location}: ${line.picked} of ${line.wanted}.${lot}` };
}

function Proposed({ line }: { line: PickLine }) {
  if (line.proposed.length === 0) return <span className="warn">None usable at {line.from_location}</span>;
  return (
    <ul className="pick-packs">
      {line.proposed.map((p, i) => (
        <li key={i}>
          {p.serial ? <span className="mono">{p.serial}</span> : <span>{p.quantity} ×</span>} <span className="muted">lot</span> {p.lot ?? "—"}{" "}
          <span className="muted">exp</span> {p.expiry ?? "—"}
        </li>
      ))}
    </ul>
  );
}

function Lines({ list }: { list: PickList }) {
  const from = [...new Set(list.lines.map((l) => l.from_location))];
  return (
    <>
      {from.map((code) => {
        const lines = list.lines.filter((l) => l.from_location === code);
        return (
          <div key={code}>
            <h3>
              From {lines[0]?.from_name} ({code})
            </h3>
            <table className="grid-table pick-table" aria-label={`Pick from ${code}`}>
              <thead>
                <tr>
                  <th>To</th>
                  <th>Product</th>
                  <th className="num">Wanted</th>
                  <th>Take, earliest expiry first</th>
                  <th className="num">Short</th>
                  <th className="num">Picked</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.line_no} className={l.done && l.available > 0 ? "picked" : undefined} aria-label={`Line ${l.line_no}: ${l.product} to ${l.to_location}`}>
                    <td className="mono">{l.to_location}</td>
                    <td>
                      <span className="strong">{l.product}</span>
                      <br />
                      <span className="mono muted">{l.gtin}</span>
                    </td>
                    <td className="num">{l.wanted}</td>
                    <td>
                      <Proposed line={l} />
                    </td>
                    <td className="num">{l.short > 0 ? <span className="warn">{l.short}</span> : ""}</td>
                    <td className="num">
                      {l.done && l.available > 0 ? "✓ " : ""}
                      {l.picked} of {l.wanted}
                      {l.picked_other_lot > 0 ? <div className="muted">{l.picked_other_lot} not the proposed lot</div> : null}
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

export function PickListPanel() {
  const backend = useBackend();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ["pick-list"], queryFn: () => backend.call("pick_list", null) });
  const [answers, setAnswers] = useState<Array<{ ok: boolean; text: string }>>([]);
  const [asking, setAsking] = useState(false);
  // Lot-tracked products are picked by quantity: how many the next scan takes (one by default).
  const [quantity, setQuantity] = useState("");
  // The ward being picked for: "" for any (a pack only one open ward can take goes there).
  const [ward, setWard] = useState("");
  const scanBox = useRef<ScanFieldHandle>(null);
  const make = useMutation({
    mutationFn: () => backend.call("make_pick_list", null),
    onSuccess: (l) => {
      client.setQueryData(["pick-list"], l);
      setAnswers([]);
      preview.reset();
    },
  });
  const scan = useMutation({
    mutationFn: (raw: string) =>
      backend.call("pick_scan", {
        list: list.data?.id ?? 0,
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
    onError: (e) => setAnswers((x) => [{ ok: false, text: `Not picked: ${e.message}` }, ...x].slice(0, 50)),
  });
  const preview = useMutation({ mutationFn: (id: number) => backend.call("report_preview", { kind: "pick-list", list: id }) });
  const saver = useSaveReport();
  const current = list.data ?? null;
  const form = { ...emptyForm("pick-list"), number: current ? String(current.id) : null };
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  const left = current ? current.lines.filter((l) => !l.done).length : 0;
  // The wards still open on the list, in list order; a chosen ward that is finished falls back to all.
  const openWards = current ? [...new Set(current.lines.filter((l) => l.picked < l.wanted).map((l) => l.to_location))] : [];
  const pickingFor = openWards.includes(ward) ? ward : "";
  const lotTracked = current ? current.lines.some((l) => l.tracking === "lot" && l.picked < l.wanted) : false;

  return (
    <div aria-label="Pick list">
      <div className="filters wrap pick-actions">
        {current ? (
          <p className="pick-title">
            <span className="strong">Pick list {current.reference}</span>{" "}
            <span className="muted">
              made {current.created_at.slice(0, 16).replace("T", " ")} UTC by {current.created_by} · {current.lines.length} lines, {left} to pick
            </span>
          </p>
        ) : (
          <p className="muted pick-title">No pick list yet. Make one from today&apos;s shortages at wards and clinics.</p>
        )}
        <div className="actions">
          <Button variant={current ? undefined : "primary"} isDisabled={make.isPending} onPress={() => (current ? setAsking(true) : make.mutate())}>
            {current ? "New pick list" : "Make pick list"}
          </Button>
          {current ? (
            <>
              <Button onPress={() => preview.mutate(current.id)}>Print preview</Button>
              <Button variant="primary" onPress={() => saver.save(form, `pick-list-${current.reference}-${stamp()}.pdf`)}>
                Save PDF
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
      {saver.saved ? (
        <p className="saved" role="status">
          Saved {saver.saved.title} to <code>{saver.saved.path}</code>.{" "}
          <Button onPress={() => void backend.openFile(saver.saved?.path ?? "")}>Open</Button>
        </p>
      ) : null}
      <ModalDialog title="Make a new pick list?" isOpen={asking} onClose={() => setAsking(false)}>
        <p>
          The new list replaces {current?.reference} and is made from today&apos;s shortages. Packs already picked stay recorded at their
          wards; nothing more is picked against {current?.reference}.
        </p>
        <div className="actions">
          <Button
            variant="primary"
            onPress={() => {
              setAsking(false);
              make.mutate();
            }}
          >
            Make the new list
          </Button>
          <Button onPress={() => setAsking(false)} autoFocus>
            Keep {current?.reference}
          </Button>
        </div>
      </ModalDialog>
      {current ? (
        <>
          {openWards.length > 1 ? (
            <div className="filters wrap" aria-label="Picking for">
              <span className="muted">Picking for</span>
              <Segments
                label="Picking for"
                value={pickingFor}
                options={[{ value: "", label: "All wards" }, ...openWards.map((w) => ({ value: w, label: w }))]}
                onChange={(w) => {
                  setWard(w);
                  // Choosing a ward must not take the scanner's keystrokes away from the scan box.
                  scanBox.current?.focus();
                }}
              />
            </div>
          ) : null}
          <div className="pick-scan">
            <ScanField ref={scanBox} label="Scan each pack you pick" onScan={(raw) => scan.mutate(raw)} disabled={scan.isPending} captureAnywhere />
            <form
              onSubmit={(e) => {
                // Enter after the quantity goes back to the scan box, ready for the pack.
                e.preventDefault();
                scanBox.current?.focus();
              }}
            >
              {lotTracked ? <Field label="Quantity (lot-tracked)" value={quantity} onChange={setQuantity} narrow inputMode="numeric" description="one if left empty; a serialized pack is always one" /> : null}
            </form>
          </div>
          <div className="pick-answers" role="status" aria-label="Last scan">
            {answers[0] ? <p className={answers[0].ok ? "saved" : "error"}>{answers[0].text}</p> : <p className="muted">Scan the first pack you take.</p>}
          </div>
          {preview.data ? (
            <div className="pick-preview">
              <Button variant="quiet" onPress={() => preview.reset()}>
                Close the preview
              </Button>
              <DocumentPreview doc={preview.data} />
            </div>
          ) : null}
          {current.lines.length === 0 ? <p className="muted">No ward or clinic is below its reorder point.</p> : <Lines list={current} />}
          {current.unsupplied.length > 0 ? (
            <div className="unsupplied">
              <h3>Not on this list: no supplying location</h3>
              <p className="muted">Name the pharmacy or store that supplies these wards in Settings → Site and locations, then make a new pick list.</p>
              <table className="grid-table" aria-label="Wards without a supplying location">
                <tbody>
                  {current.unsupplied.map((u) => (
                    <tr key={`${u.location}-${u.gtin}`}>
                      <td className="mono">{u.location}</td>
                      <td>{u.product}</td>
                      <td className="num">{u.wanted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
