// The recall notice on screen: the same model the PDF prints, with Print (the webview prints the
// full rendering) and Save PDF beside it.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { Button } from "../widgets/controls";

export function Notice({ number, onClose }: { number: string; onClose(): void }) {
  const backend = useBackend();
  const notice = useQuery({ queryKey: ["recall-notice", number], queryFn: () => backend.call("report_preview", { kind: "recall-notice", number }), gcTime: 0 });
  const saver = useSaveReport();
  const saved = saver.saved;
  const save = () => saver.save({ ...emptyForm("recall-notice"), number }, `recall-notice-${number}.pdf`);
  return (
    <section className="notice" aria-label={`Recall notice ${number}`}>
      <div className="actions">
        <Button onPress={onClose}>Back to the recall</Button>
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
          Saved to <code>{saved.path}</code>. <Button onPress={() => void backend.openFile(saved.path)}>Open</Button>
        </p>
      ) : null}
      {notice.data ? (
        <DocumentPreview
          doc={notice.data}
          actions={
            <Button onPress={save} isDisabled={saver.isPending}>
              Save PDF
            </Button>
          }
        />
      ) : (
        <p className="muted">Building the notice…</p>
      )}
    </section>
  );
}
