// The line under a report once it is saved: which report, where, and a button to open it.
import { useBackend } from "../backend/context";
import type { SavedReport } from "../bindings";
import { useT } from "../i18n/I18n";
import { slots } from "../settings/slots";
import { Button } from "../widgets/controls";

export function SavedLine({ saved }: { saved: SavedReport }) {
  const t = useT();
  const backend = useBackend();
  const where = slots({ path: <code>{saved.path}</code> });
  return (
    <p className="saved" role="status">
      {where.render(t("replenish.saved", { ...where.values, title: saved.title }))}{" "}
      <Button onPress={() => void backend.openFile(saved.path)}>{t("replenish.open")}</Button>
    </p>
  );
}
