// Abandoning a count asks for the reason and a confirmation: nothing of the count reaches the
// ledger, and its scans cannot be taken up again.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo } from "../bindings";
import { Button, Field, ModalDialog } from "../widgets/controls";
import { ButtonError } from "./ButtonError";
import { countName } from "./format";

export function AbandonDialog({ count, onClose, onAbandoned }: { count: CountInfo; onClose(): void; onAbandoned?(): void }) {
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
    <ModalDialog title={`Abandon ${countName(count)} at ${count.location}?`} isOpen onClose={onClose}>
      <form
        aria-label="Abandon the count"
        onSubmit={(e) => {
          e.preventDefault();
          // A reason is asked for: an abandoned count is looked at later, and "why" is what
          // the person reading it needs.
          if (!reason.trim()) return setMissing(true);
          abandon.mutate();
        }}
      >
        <p>Nothing of this count reaches the ledger, and its scans cannot be taken up again.</p>
        <Field
          label="Why is it abandoned?"
          value={reason}
          onChange={(v) => {
            setReason(v);
            setMissing(false);
          }}
          autoFocus
          errorMessage={missing ? "Say why the count is abandoned." : null}
        />
        <div className="actions">
          <Button onPress={onClose}>Keep the count</Button>
          <Button type="submit" variant="primary">
            Abandon {countName(count)}
          </Button>
        </div>
        <ButtonError error={abandon.error} />
      </form>
    </ModalDialog>
  );
}
