// Abandoning a count asks for the reason and a confirmation: nothing of the count reaches the
// ledger, and its scans cannot be taken up again.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field, ModalDialog } from "../widgets/controls";
import { ButtonError } from "./ButtonError";
import { countName } from "./format";

export function AbandonDialog({ count, onClose, onAbandoned }: { count: CountInfo; onClose(): void; onAbandoned?(): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const abandon = useMutation({
    mutationFn: () => backend.call("count_abandon", { id: count.id, note: reason.trim() }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["counts"] });
      void client.invalidateQueries({ queryKey: ["count", count.id] });
      onAbandoned?.();
      onClose();
    },
  });
  return (
    <ModalDialog title={t("counts.abandon.title", { name: countName(count), location: count.location })} isOpen onClose={onClose}>
      <form
        aria-label={t("counts.abandon.form")}
        onSubmit={(e) => {
          e.preventDefault();
          // A reason is asked for: an abandoned count is looked at later, and "why" is what
          // the person reading it needs.
          if (!reason.trim()) return setMissing(true);
          abandon.mutate();
        }}
      >
        <p>{t("counts.abandon.warning")}</p>
        <Field
          label={t("counts.abandon.why.label")}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setMissing(false);
          }}
          autoFocus
          errorMessage={missing ? t("counts.abandon.why.missing") : null}
        />
        <div className="actions">
          <Button onPress={onClose}>{t("counts.abandon.keep")}</Button>
          <Button type="submit" variant="primary">
            {t("counts.abandon.named", { name: countName(count) })}
          </Button>
        </div>
        <ButtonError error={abandon.error} />
      </form>
    </ModalDialog>
  );
}
