// A pack held here recorded as reported stolen, taken as a sample by the authorities or given as
// a free sample (QA officers, managers, administrators): it leaves, and where the site
// decommissions, its national decommission for that reason is queued with it (`write_off`).
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { Role, WriteOffReason, WrittenOff } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field, ModalDialog, Segments } from "../widgets/controls";

const WHY: WriteOffReason[] = ["stolen", "sample", "free_sample"];

/** Who may record a pack stolen or taken as a sample: those who may destroy stock. */
export const mayWriteOff = (role: Role | undefined) => role === "qa" || role === "manager" || role === "admin";

/** The button on the pack's card, and the dialog that asks why. */
export function WriteOff({ gtin, serial, onDone }: { gtin: string; serial: string; onDone(written: WrittenOff): void }) {
  const t = useT();
  const backend = useBackend();
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState<WriteOffReason>("stolen");
  const [note, setNote] = useState("");
  const record = useMutation({
    mutationFn: () => backend.call("write_off", { gtin, serial, why, note: note.trim() || null }),
    onSuccess: (written) => {
      setOpen(false);
      setNote("");
      onDone(written);
    },
  });
  const close = () => {
    setOpen(false);
    record.reset();
  };
  return (
    <>
      <Button onPress={() => setOpen(true)}>{t("unit.writeOff.open")}</Button>
      <ModalDialog title={t("unit.writeOff.title", { serial })} isOpen={open} onClose={close}>
        <form
          className="stack"
          aria-label={t("unit.writeOff.form")}
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate();
          }}
        >
          <Segments<WriteOffReason> label={t("unit.writeOff.why")} value={why} options={WHY.map((w) => ({ value: w, label: t("unit.writeOff.reason", { why: w }) }))} onChange={setWhy} />
          <p className="muted">{t("unit.writeOff.explain", { why })}</p>
          <Field label={t("unit.writeOff.note")} value={note} onChange={setNote} />
          {record.isError ? (
            <p role="alert" className="error">
              {record.error.message}
            </p>
          ) : null}
          <div className="actions">
            <Button onPress={close}>{t("unit.writeOff.cancel")}</Button>
            <Button type="submit" variant="primary" isDisabled={record.isPending}>
              {t("unit.writeOff.record")}
            </Button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
