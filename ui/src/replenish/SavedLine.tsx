// The line under a report once it is saved: which report, where, and a button to open it.
import { useBackend } from "../backend/context";
import type { SavedReport } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { useRich } from "../widgets/rich";

export function SavedLine({ saved }: { saved: SavedReport }) {
  const t = useT();
  const backend = useBackend();
  const say = useRich();
  return (
    <p className="saved" role="status">
      {say("replenish.saved", { path: <code>{saved.path}</code>, title: saved.title })}{" "}
      <Button onPress={() => void backend.openFile(saved.path)}>{t("replenish.open")}</Button>
    </p>
  );
}
