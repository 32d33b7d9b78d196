// The scan workspace: one screen for every movement. The verdict fills the panel in green,
// amber or red with the reason in words and a sound; the session's scans list beside it. What a
// movement needs (a reason, a destination, a partner, a signature) comes from custody-api's
// `movement_rules`, which movements the person may make and this database's workstation key from
// its `scan_setup`, and each scan goes to its `scan`, which reads it with the site's scanner
// settings: the screen holds no policy of its own. It only asks before scanning: for the
// workstation's location once, for what the movement needs before the first scan (the scan box
// says what is missing rather than send a scan that will be refused), and, before sending, "the
// same pack again, or a second pack?" for a code recorded earlier in the session.
import { useQuery } from "@tanstack/react-query";
import { useRef, useState, type RefObject } from "react";
import { useBackend } from "../backend/context";
import type { Movement, Verdict } from "../bindings";
import { useMoney, useSiteCurrency } from "../i18n/currency";
import { useT } from "../i18n/I18n";
import { LocationSelect, PartnerSelect } from "../widgets/Choosers";
import type { ScanFieldHandle } from "../widgets/ScanField";
import { Field } from "../widgets/controls";
import type { Say } from "../widgets/rich";
import { MovementPicker } from "./MovementPicker";
import { ScanSession, type ScanTemplate } from "./ScanSession";
import { ShipmentImport } from "./ShipmentImport";
import { costsToSend, parseUnitCost, remember, type RememberedCosts } from "./unitCost";
import { rememberLocation, rememberedLocation } from "./workstation";
import { WorkstationPrompt } from "./WorkstationPrompt";

export function ScanView() {
  const t = useT();
  const form = useScanForm();
  const field = useRef<ScanFieldHandle>(null);
  const view = useRef<HTMLElement>(null);
  const choose = useChoosers(form, field);
  const ready = form.setup.data && form.locations.data;
  return (
    <section className="view scan-view" aria-labelledby="scan-title" ref={view}>
      <header className="view-header scan-header">
        <h1 id="scan-title">{t("scan.title")}</h1>
        <MovementPicker value={form.movement} offers={form.setup.data?.movements} onChange={choose.movement} />
      </header>
      {ready && !form.where ? (
        <WorkstationPrompt onChoose={choose.location} />
      ) : (
        <>
          <ScanSettings form={form} choose={choose} />
          <ScanSession
            template={scanTemplate(form)}
            missing={missingWords(t, form)}
            expected={form.expected.data}
            field={field}
            view={view}
            onRecorded={form.rememberCost}
          />
        </>
      )}
    </section>
  );
}

type ScanForm = ReturnType<typeof useScanForm>;
type Choosers = ReturnType<typeof useChoosers>;

/** What the screen holds for the next scans: the movement, what custody-api says it needs and
 * whether this person may make it, where the workstation is, and what the person filled in. */
function useScanForm() {
  const backend = useBackend();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const setup = useQuery({ queryKey: ["scan-setup"], queryFn: () => backend.call("scan_setup", null) });
  const [movement, setMovement] = useState<Movement>("receive");
  const rules = useQuery({ queryKey: ["movement-rules", movement], queryFn: () => backend.call("movement_rules", movement), staleTime: Infinity });
  const [chosenLocation, setChosenLocation] = useState("");
  const [toLocation, setToLocation] = useState("");
  const [counterparty, setCounterparty] = useState("");
  const [reference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const [quantity, setQuantity] = useState("");
  const [password, setPassword] = useState("");
  const [shipment, setShipment] = useState<number | null>(null);
  const currency = useSiteCurrency();
  const [unitCost, setUnitCostText] = useState("");
  const [justTyped, setJustTyped] = useState(false);
  const [costs, setCosts] = useState<RememberedCosts>(new Map());
  const shipments = useQuery({ queryKey: ["shipments"], queryFn: () => backend.call("shipments", { open_only: true }), enabled: movement === "receive" });
  const expected = useQuery({
    queryKey: ["shipment", shipment],
    queryFn: () => backend.call("shipment", { id: shipment ?? 0 }),
    enabled: movement === "receive" && shipment !== null,
  });
  const database = setup.data?.database;
  const where = chosenLocation || rememberedLocation(database, locations.data) || "";
  const needsDestination = rules.data?.needs_destination ?? false;
  return {
    locations,
    setup,
    rules,
    shipments,
    expected,
    database,
    where,
    signature: rules.data?.signature ?? null,
    needsReason: rules.data?.needs_reason ?? false,
    needsDestination,
    // A release may name where the released stock goes (optional): with none, core keeps it where
    // it is held, or brings it here when it is held in a quarantine area.
    takesDestination: needsDestination || movement === "release",
    showsPartner: (rules.data?.needs_partner ?? false) || movement === "transfer",
    offer: setup.data?.movements.find((o) => o.movement === movement),
    movement, setMovement, setChosenLocation, toLocation, setToLocation, counterparty, setCounterparty,
    reference, setReference, reason, setReason, quantity, setQuantity, password, setPassword, shipment, setShipment,
    currency, unitCost, justTyped, costs,
    typedCost: parseUnitCost(unitCost, currency),
    setUnitCost: (text: string) => {
      setUnitCostText(text);
      setJustTyped(true);
    },
    // A receipt recorded: the cost it was sent with is its product's own for the session.
    rememberCost: (verdict: Verdict, sent: { unit_cost_cents: number | null; unit_costs?: { gtin: string }[] }) => {
      if (sent.unit_cost_cents === null || !verdict.gtin) return;
      const gtin = verdict.gtin;
      setCosts((c) => remember(c, gtin, sent));
      setJustTyped(false);
    },
  };
}

/** What the movement still needs before a scan can be taken, in words; null when ready. */
function missingWords(t: Say, f: ScanForm): string | null {
  const { movement, offer } = f;
  if (!f.setup.data || !f.rules.data || !f.locations.data) return t("scan.missing.loading");
  if (!f.where) return t("scan.missing.workstation");
  if (offer && !offer.allowed) return t("scan.missing.refused", { why: offer.why_not ?? t("scan.missing.roleMayNot") });
  if (movement === "receive" && !f.counterparty && !(f.shipment !== null && f.expected.data?.supplier)) {
    return t("scan.missing.supplierOrSite");
  }
  if (movement === "return_to_supplier" && !f.counterparty) return t("scan.missing.supplier");
  if (movement === "receive" && f.typedCost === "invalid") return t("scan.missing.unitCost", { currency: f.currency ?? "none" });
  if (f.needsDestination && !f.toLocation && !f.counterparty) return t("scan.missing.destination");
  if (f.needsReason && !f.reason.trim()) return t("scan.missing.reason", { movement });
  if (f.signature && !f.password) return t("scan.missing.password", { meaning: f.signature });
  return null;
}

/** What each scan sends besides its code. Only what the screen shows is sent: a destination or
 * partner chosen for another movement must never travel with this one. */
function scanTemplate(f: ScanForm): ScanTemplate {
  const typed = f.typedCost === "invalid" ? null : f.typedCost;
  const costs = f.movement === "receive" ? costsToSend(typed, f.costs, f.justTyped) : { unit_cost_cents: null };
  return {
    ...costs,
    movement: f.movement,
    location: f.where,
    to_location: f.takesDestination ? f.toLocation || null : null,
    counterparty: f.showsPartner ? f.counterparty || null : null,
    reference: f.reference || null,
    reason: f.needsReason ? f.reason || null : null,
    quantity: f.quantity ? Number(f.quantity) : null,
    override_reason: null,
    occurred_at: null,
    password: f.signature ? f.password : null,
    shipment: f.movement === "receive" ? f.shipment : null,
  };
}

/** The choices made from a list, each giving the focus back to the scan box. */
function useChoosers(f: ScanForm, field: RefObject<ScanFieldHandle | null>) {
  return {
    movement: (m: Movement) => {
      // A movement the person's role may not make is greyed and cannot be chosen.
      if (f.setup.data?.movements.some((o) => o.movement === m && !o.allowed)) return;
      f.setMovement(m);
      // A document belongs to one movement (a PO is not a prescription): never carried over.
      f.setReference("");
      field.current?.focus();
    },
    location: (code: string) => {
      f.setChosenLocation(code);
      rememberLocation(f.database, code);
      field.current?.focus();
    },
    // A choice made with the mouse leaves the focus on its list, where the next scan's
    // characters would pick another entry by type-ahead: the scan box takes the focus back.
    to: (code: string) => {
      f.setToLocation(code);
      field.current?.focus();
    },
    partner: (code: string) => {
      f.setCounterparty(code);
      field.current?.focus();
    },
    shipment: (id: number | null) => {
      f.setShipment(id);
      field.current?.focus();
    },
  };
}

/** What the movement is made with: where, to where, with whom, the document, the reason, the
 * quantity and the signature, each shown only for a movement that takes it. */
function ScanSettings({ form: f, choose }: { form: ScanForm; choose: Choosers }) {
  const t = useT();
  const { movement, needsDestination, signature } = f;
  return (
    <div className="scan-settings filters">
      <LocationSelect
        label={movement === "receive" ? t("scan.workstation.receiveInto") : t("scan.workstation.label")}
        name={t("scan.workstation.name")}
        value={f.where}
        onChange={choose.location}
      />
      {f.takesDestination ? (
        <LocationSelect
          label={needsDestination ? t("scan.to.label") : t("scan.to.optional")}
          name={t("scan.to.name")}
          value={f.toLocation}
          onChange={choose.to}
          none={needsDestination ? t("scan.choose") : t("scan.to.whereHeld")}
        />
      ) : null}
      {f.showsPartner ? (
        <PartnerSelect
          label={movement === "transfer" ? t("scan.partner.toSite") : movement === "receive" ? t("scan.partner.from") : t("scan.partner.supplier")}
          name={t("scan.partner.name")}
          value={f.counterparty}
          onChange={choose.partner}
          none={t("scan.choose")}
        />
      ) : null}
      {movement === "receive" ? <ShipmentChoice form={f} onChoose={choose.shipment} /> : null}
      {movement === "receive" ? <ShipmentImport supplier={f.counterparty} onImported={choose.shipment} /> : null}
      <Field
        label={t("scan.document.label")}
        name={t("scan.document.label")}
        placeholder={movement === "dispense" ? t("scan.document.dispense") : t("scan.document.other")}
        value={f.reference}
        onChange={f.setReference}
      />
      {f.needsReason ? <Field label={t("scan.reason")} value={f.reason} onChange={f.setReason} isRequired /> : null}
      <Field label={t("scan.quantity.label")} name={t("scan.quantity.name")} inputMode="numeric" narrow value={f.quantity} onChange={(v) => f.setQuantity(v.replace(/\D/g, ""))} />
      {movement === "receive" ? <UnitCost form={f} /> : null}
      {signature ? (
        <Field
          label={t("scan.password.label", { meaning: signature })}
          name={t("scan.password.name")}
          type="password"
          value={f.password}
          onChange={f.setPassword}
          isRequired
        />
      ) : null}
    </div>
  );
}

/** The expected shipment a receipt is checked against (optional). */
function ShipmentChoice({ form: f, onChoose }: { form: ScanForm; onChoose(id: number | null): void }) {
  const t = useT();
  return (
    <label>
      {t("scan.shipment.label")}
      <select aria-label={t("scan.shipment.name")} value={f.shipment ?? ""} onChange={(e) => onChoose(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t("scan.shipment.none")}</option>
        {f.shipments.data?.map((s) => (
          <option key={s.id} value={s.id}>
            {t("scan.shipment.option", { reference: s.reference, received: s.received, lines: s.lines })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The unit cost of what is scanned next, in the site's currency, and the costs remembered per
 * product in this session. */
function UnitCost({ form: f }: { form: ScanForm }) {
  const t = useT();
  const money = useMoney((amount) => amount.toFixed(2));
  return (
    <div className="unit-cost">
      <Field
        label={t("scan.unitCost.label", { currency: f.currency ?? "none" })}
        name={t("scan.unitCost.name")}
        narrow
        value={f.unitCost}
        onChange={f.setUnitCost}
        errorMessage={f.typedCost === "invalid" ? t("scan.missing.unitCost", { currency: f.currency ?? "none" }) : undefined}
      />
      {f.costs.size > 0 ? (
        <p className="hint" aria-label={t("scan.unitCost.remembered")}>
          {t("scan.unitCost.remembered")}{" "}
          {[...f.costs].map(([gtin, cents]) => `${gtin} ${money(cents)}`).join(" · ")}
        </p>
      ) : null}
    </div>
  );
}
