// Stock counts: start one at a location, or come back to one from the list (read from the
// database, so an open count survives leaving the screen, signing out and restarting); scan
// every pack once (a lot by quantity), finish for the variance, and (a manager) apply it with a
// signature. Each refusal is shown beside the button that caused it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { LocationSelect } from "../widgets/Choosers";
import { Button, Check } from "../widgets/controls";
import { ButtonError } from "./ButtonError";
import { CountList, type CountAction } from "./CountList";
import { CountScanning } from "./CountScanning";
import { CountVariance } from "./CountVariance";
import { countName } from "./format";

/** The count a refused start names as still open or finished at the location, if any: the
 * person is offered to resume it rather than left to find it. */
function blockingCount(e: Error | null): number | null {
  if (!(e instanceof BackendError) || e.code !== "count.open_at_location") return null;
  const id = e.args.count;
  return typeof id === "number" ? id : null;
}

function StartCount({ onStarted }: { onStarted(id: number): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const [location, setLocation] = useState("");
  const [blind, setBlind] = useState(true);
  const where = location || locations.data?.[0]?.code || "";
  const start = useMutation({
    mutationFn: () => backend.call("count_start", { location: where, products: [], blind }),
    onSuccess: (c) => {
      client.setQueryData(["count", c.id], c);
      void client.invalidateQueries({ queryKey: ["counts"] });
      onStarted(c.id);
    },
  });
  return (
    <form
      className="filters wrap start-count"
      aria-label={t("counts.start.form")}
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate();
      }}
    >
      <LocationSelect label={t("counts.start.location")} value={where} onChange={setLocation} />
      <Check checked={blind} onChange={setBlind}>
        {t("counts.start.blind")}
      </Check>
      <div className="actions">
        <Button type="submit" variant="primary">
          {t("counts.start.submit")}
        </Button>
      </div>
      <ButtonError error={start.error} />
      {blockingCount(start.error) !== null ? (
        <Button variant="quiet" onPress={() => onStarted(blockingCount(start.error) ?? 0)}>
          {t("counts.resume.named", { name: countName({ id: blockingCount(start.error) ?? 0 }) })}
        </Button>
      ) : null}
    </form>
  );
}

/** One count, opened from the list or just started: scanning while open, else its variance. */
function OpenCount({ id, action, onBack }: { id: number; action: CountAction; onBack(): void }) {
  const t = useT();
  const backend = useBackend();
  const info = useQuery({ queryKey: ["count", id], queryFn: () => backend.call("count_status", { id }) });
  // Finishing answers before the count is read again: show the variance at once.
  const [finished, setFinished] = useState(false);
  if (!info.data) {
    return (
      <section className="view" aria-label={t("counts.open.label")}>
        <div className="pad">
          {info.isError ? (
            <p role="alert" className="error">
              {info.error.message}
            </p>
          ) : (
            <p className="muted">{t("counts.open.loading")}</p>
          )}
          <Button onPress={onBack}>{t("counts.back")}</Button>
        </div>
      </section>
    );
  }
  const count = finished && info.data.status === "open" ? { ...info.data, status: "finished" as const } : info.data;
  if (count.status === "open") return <CountScanning count={count} onBack={onBack} onFinished={() => setFinished(true)} />;
  return <CountVariance count={count} focusApply={action === "apply"} onBack={onBack} />;
}

export function CountsView() {
  const t = useT();
  const [open, setOpen] = useState<{ id: number; action: CountAction } | null>(null);
  if (open) return <OpenCount key={open.id} id={open.id} action={open.action} onBack={() => setOpen(null)} />;
  return (
    <section className="view" aria-labelledby="counts-title">
      <header className="view-header">
        <h1 id="counts-title">{t("counts.title")}</h1>
      </header>
      <div className="pad count-body">
        <StartCount onStarted={(id) => setOpen({ id, action: "resume" })} />
        <CountList onOpen={(id, action) => setOpen({ id, action })} />
      </div>
    </section>
  );
}
