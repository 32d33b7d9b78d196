// Saving a report: never over an existing file unasked. The shell refuses a file that is already
// there (`files.exists`); the person is asked whether to replace it, and only a confirmation sends the
// save again with `overwrite`. The open database is refused by the shell whatever is confirmed.
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { SavedReport } from "../bindings";
import { Button, ModalDialog } from "../widgets/controls";
import { reportRequest, type ReportForm } from "./request";

interface SaveRequest {
  form: ReportForm;
  file: string;
  overwrite: boolean;
}

export interface ReportSaver {
  /** Saves `form` as `file`; asks first when a file of that name is already there. */
  save(form: ReportForm, file: string): void;
  saved: SavedReport | null;
  error: Error | null;
  isPending: boolean;
  /** Forgets the last result (another report was picked). */
  reset(): void;
  /** The confirmation dialog; render it somewhere in the screen. */
  dialog: ReactNode;
}

export function useSaveReport(): ReportSaver {
  const backend = useBackend();
  const [asking, setAsking] = useState<{ request: SaveRequest; path: string } | null>(null);
  const save = useMutation({
    mutationFn: (r: SaveRequest) => backend.call("save_report", { report: reportRequest(r.form), file: r.file, paper: r.form.paper, overwrite: r.overwrite }),
    onError: (e, request) => {
      if (e instanceof BackendError && e.code === "files.exists") {
        const path = typeof e.args.path === "string" ? e.args.path : request.file;
        setAsking({ request, path });
      }
    },
  });
  // The "already exists" answer is a question, not an error: it is shown as the dialog only.
  const error = save.error instanceof BackendError && save.error.code === "files.exists" ? null : save.error;
  const dialog = (
    <ModalDialog title="Replace the file?" isOpen={asking !== null} onClose={() => setAsking(null)}>
      <p>
        <code>{asking?.path}</code> already exists. Replace it with this report? The file there now will be lost.
      </p>
      <div className="actions">
        <Button
          variant="primary"
          onPress={() => {
            if (asking) save.mutate({ ...asking.request, overwrite: true });
            setAsking(null);
          }}
        >
          Replace
        </Button>
        <Button onPress={() => setAsking(null)} autoFocus>
          Keep the file
        </Button>
      </div>
    </ModalDialog>
  );
  return {
    save: (form, file) => save.mutate({ form, file, overwrite: false }),
    saved: save.data ?? null,
    error,
    isPending: save.isPending,
    reset: () => save.reset(),
    dialog,
  };
}
