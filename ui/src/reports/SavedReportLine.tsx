// The line under a report once it is saved: which report, where, its size, and Open.
import { useBackend } from "../backend/context";
import type { SavedReport } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { withPath } from "./useSaveReport";

export function SavedReportLine({ saved }: { saved: SavedReport }) {
  const backend = useBackend();
  const t = useT();
  const format = useFormat();
  return (
    <p className="saved" role="status">
      {withPath((v) => t("reports.saved", { ...v, title: saved.title, size: format.number(Math.ceil(saved.bytes / 1024)) }), saved.path)}{" "}
      <Button onPress={() => void backend.openFile(saved.path)}>{t("reports.open")}</Button>
    </p>
  );
}
