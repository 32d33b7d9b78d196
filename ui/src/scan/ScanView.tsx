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
import { useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { Movement } from "../bindings";
import { useT } from "../i18n/I18n";
import { LocationSelect, PartnerSelect } from "../widgets/Choosers";
import type { ScanFieldHandle } from "../widgets/ScanField";
import { Field } from "../widgets/controls";
import { MovementPicker } from "./MovementPicker";
import { ScanSession, type ScanTemplate } from "./ScanSession";
import { ShipmentImport } from "./ShipmentImport";
import { rememberLocation, rememberedLocation } from "./workstation";
import { WorkstationPrompt } from "./WorkstationPrompt";

export function ScanView() {
  const t = useT();
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
  const shipments = useQuery({ queryKey: ["shipments"], queryFn: () => backend.call("shipments", { open_only: true }), enabled: movement === "receive" });
  const expected = useQuery({
    queryKey: ["shipment", shipment],
    queryFn: () => backend.call("shipment", { id: shipment ?? 0 }),
    enabled: movement === "receive" && shipment !== null,
  });
  const field = useRef<ScanFieldHandle>(null);
  const view = useRef<HTMLElement>(null);
  const database = setup.data?.database;
  const where = chosenLocation || rememberedLocation(database, locations.data) || "";
  const signature = rules.data?.signature ?? null;
  const needsReason = rules.data?.needs_reason ?? false;
  const needsDestination = rules.data?.needs_destination ?? false;
  // A release may name where the released stock goes (optional): with none, core keeps it where
  // it is held, or brings it here when it is held in a quarantine area.
  const takesDestination = needsDestination || movement === "release";
  const showsPartner = (rules.data?.needs_partner ?? false) || movement === "transfer";
  const offer = setup.data?.movements.find((o) => o.movement === movement);

  // What the movement still needs before a scan can be taken, in words; null when ready.
  const missing = ((): string | null => {
    if (!setup.data || !rules.data || !locations.data) return t("scan.missing.loading");
    if (!where) return t("scan.missing.workstation");
    if (offer && !offer.allowed) return t("scan.missing.refused", { why: offer.why_not ?? t("scan.missing.roleMayNot") });
    if (movement === "receive" && !counterparty && !(shipment !== null && expected.data?.supplier)) {
      return t("scan.missing.supplierOrSite");
    }
    if (movement === "return_to_supplier" && !counterparty) return t("scan.missing.supplier");
    if (needsDestination && !toLocation && !counterparty) return t("scan.missing.destination");
    if (needsReason && !reason.trim()) return t("scan.missing.reason", { movement });
    if (signature && !password) return t("scan.missing.password", { meaning: signature });
    return null;
  })();

  // What each scan sends besides its code. Only what the screen shows is sent: a destination or
  // partner chosen for another movement must never travel with this one.
  const template: ScanTemplate = {
    movement,
    location: where,
    to_location: takesDestination ? toLocation || null : null,
    counterparty: showsPartner ? counterparty || null : null,
    reference: reference || null,
    reason: needsReason ? reason || null : null,
    quantity: quantity ? Number(quantity) : null,
    unit_cost_cents: null,
    override_reason: null,
    occurred_at: null,
    password: signature ? password : null,
    shipment: movement === "receive" ? shipment : null,
  };

  const chooseMovement = (m: Movement) => {
    // A movement the person's role may not make is greyed and cannot be chosen.
    if (setup.data?.movements.some((o) => o.movement === m && !o.allowed)) return;
    setMovement(m);
    // A document belongs to one movement (a PO is not a prescription): never carried over.
    setReference("");
    field.current?.focus();
  };
  const chooseLocation = (code: string) => {
    setChosenLocation(code);
    rememberLocation(database, code);
    field.current?.focus();
  };
  // A choice made with the mouse leaves the focus on its list, where the next scan's
  // characters would pick another entry by type-ahead: the scan box takes the focus back.
  const chooseTo = (code: string) => {
    setToLocation(code);
    field.current?.focus();
  };
  const choosePartner = (code: string) => {
    setCounterparty(code);
    field.current?.focus();
  };
  const chooseShipment = (id: number | null) => {
    setShipment(id);
    field.current?.focus();
  };

  const ready = setup.data && locations.data;
  return (
    <section className="view scan-view" aria-labelledby="scan-title" ref={view}>
      <header className="view-header scan-header">
        <h1 id="scan-title">{t("scan.title")}</h1>
        <MovementPicker value={movement} offers={setup.data?.movements} onChange={chooseMovement} />
      </header>
      {ready && !where ? (
        <WorkstationPrompt onChoose={chooseLocation} />
      ) : (
        <>
          <div className="scan-settings filters">
            <LocationSelect
              label={movement === "receive" ? t("scan.workstation.receiveInto") : t("scan.workstation.label")}
              name={t("scan.workstation.name")}
              value={where}
              onChange={chooseLocation}
            />
            {takesDestination ? (
              <LocationSelect
                label={needsDestination ? t("scan.to.label") : t("scan.to.optional")}
                name={t("scan.to.name")}
                value={toLocation}
                onChange={chooseTo}
                none={needsDestination ? t("scan.choose") : t("scan.to.whereHeld")}
              />
            ) : null}
            {showsPartner ? (
              <PartnerSelect
                label={movement === "transfer" ? t("scan.partner.toSite") : movement === "receive" ? t("scan.partner.from") : t("scan.partner.supplier")}
                name={t("scan.partner.name")}
                value={counterparty}
                onChange={choosePartner}
                none={t("scan.choose")}
              />
            ) : null}
            {movement === "receive" ? (
              <label>
                {t("scan.shipment.label")}
                <select aria-label={t("scan.shipment.name")} value={shipment ?? ""} onChange={(e) => chooseShipment(e.target.value ? Number(e.target.value) : null)}>
                  <option value="">{t("scan.shipment.none")}</option>
                  {shipments.data?.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t("scan.shipment.option", { reference: s.reference, received: s.received, lines: s.lines })}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {movement === "receive" ? <ShipmentImport supplier={counterparty} onImported={chooseShipment} /> : null}
            <Field
              label={t("scan.document.label")}
              name={t("scan.document.label")}
              placeholder={movement === "dispense" ? t("scan.document.dispense") : t("scan.document.other")}
              value={reference}
              onChange={setReference}
            />
            {needsReason ? <Field label={t("scan.reason")} value={reason} onChange={setReason} isRequired /> : null}
            <Field label={t("scan.quantity.label")} name={t("scan.quantity.name")} inputMode="numeric" narrow value={quantity} onChange={(v) => setQuantity(v.replace(/\D/g, ""))} />
            {signature ? (
              <Field
                label={t("scan.password.label", { meaning: signature })}
                name={t("scan.password.name")}
                type="password"
                value={password}
                onChange={setPassword}
                isRequired
              />
            ) : null}
          </div>
          <ScanSession template={template} missing={missing} expected={expected.data} field={field} view={view} />
        </>
      )}
    </section>
  );
}
