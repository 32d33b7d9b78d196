// The recall notice on screen: the same model the PDF prints, with Print (the webview prints the
// full rendering) and Save PDF beside it.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport, withPath } from "../reports/useSaveReport";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";

export function Notice({ number, onClose }: { number: string; onClose(): void }) {
  const backend = useBackend();
  const t = useT();
  const notice = useQuery({ queryKey: ["recall-notice", number], queryFn: () => backend.call("report_preview", { kind: "recall-notice", number }), gcTime: 0 });
  const saver = useSaveReport();
  const saved = saver.saved;
  const save = () => saver.save({ ...emptyForm("recall-notice"), number }, `recall-notice-${number}.pdf`);
  return (
    <section className="notice" aria-label={t("recalls.notice.label", { number })}>
      <div className="actions">
        <Button onPress={onClose}>{t("recalls.notice.back")}</Button>
      </div>
      {notice.isError ? (
        <p role="alert" className="error">
          {notice.error.message}
        </p>
      ) : null}
      {saver.error ? (
        <p role="alert" className="error">
          {saver.error.message}
        </p>
      ) : null}
      {saver.dialog}
      {saved ? (
        <p className="saved" role="status">
          {withPath((v) => t("recalls.notice.saved", v), saved.path)} <Button onPress={() => void backend.openFile(saved.path)}>{t("recalls.notice.open")}</Button>
        </p>
      ) : null}
      {notice.data ? (
        <DocumentPreview
          doc={notice.data}
          actions={
            <Button onPress={save} isDisabled={saver.isPending}>
              {t("recalls.notice.savePdf")}
            </Button>
          }
        />
      ) : (
        <p className="muted">{t("recalls.notice.building")}</p>
      )}
    </section>
  );
}
