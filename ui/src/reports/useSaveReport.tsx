// Saving a report: never over an existing file unasked. The shell refuses a file that is already
// there (`files.exists`); the person is asked whether to replace it, and only a confirmation sends the
// save again with `overwrite`. The open database is refused by the shell whatever is confirmed.
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { PaperSize, ReportRequest, SavedReport } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, ModalDialog } from "../widgets/controls";
import { reportRequest, type ReportForm } from "./request";

interface SaveRequest {
  /** The api's request, made when the save is sent: a form that cannot be one is refused as the
   * save's error. */
  report(): ReportRequest;
  paper: PaperSize;
  file: string;
  overwrite: boolean;
}

export interface ReportSaver {
  /** Saves `form` as `file`; asks first when a file of that name is already there. */
  save(form: ReportForm, file: string): void;
  /** Saves the report `report` asks for as `file` (`.pdf` or `.csv`), on `paper`; asks first in
   * the same way. For screens that make the api's request themselves (the insights). */
  saveReport(report: ReportRequest, file: string, paper?: PaperSize): void;
  saved: SavedReport | null;
  error: Error | null;
  isPending: boolean;
  /** Forgets the last result (another report was picked). */
  reset(): void;
  /** The confirmation dialog; render it somewhere in the screen. */
  dialog: ReactNode;
}

/** Stands where a file's path goes in a sentence, so the path is shown as code. */
const MARK = "\uE000";

/** `sentence` said with `t`, the path (its `{path}`) in its place as code read left to right. */
export function withPath(say: (values: { path: string }) => string, path: string): ReactNode {
  const [before = "", after = ""] = say({ path: MARK }).split(MARK);
  return (
    <>
      {before}
      <code dir="ltr">{path}</code>
      {after}
    </>
  );
}

export function useSaveReport(): ReportSaver {
  const backend = useBackend();
  const t = useT();
  const [asking, setAsking] = useState<{ request: SaveRequest; path: string } | null>(null);
  const save = useMutation({
    mutationFn: (r: SaveRequest) => backend.call("save_report", { report: r.report(), file: r.file, paper: r.paper, overwrite: r.overwrite }),
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
    <ModalDialog title={t("reports.replace.title")} isOpen={asking !== null} onClose={() => setAsking(null)}>
      <p>{withPath((v) => t("reports.replace.question", v), asking?.path ?? "")}</p>
      <div className="actions">
        <Button
          variant="primary"
          onPress={() => {
            if (asking) save.mutate({ ...asking.request, overwrite: true });
            setAsking(null);
          }}
        >
          {t("reports.replace.replace")}
        </Button>
        <Button onPress={() => setAsking(null)} autoFocus>
          {t("reports.replace.keep")}
        </Button>
      </div>
    </ModalDialog>
  );
  return {
    save: (form, file) => save.mutate({ report: () => reportRequest(form, t), paper: form.paper, file, overwrite: false }),
    saveReport: (report, file, paper = "a4") => save.mutate({ report: () => report, paper, file, overwrite: false }),
    saved: save.data ?? null,
    error,
    isPending: save.isPending,
    reset: () => save.reset(),
    dialog,
  };
}
