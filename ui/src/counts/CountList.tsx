// The counts, newest first, read from the database (so an open count is there after leaving
// the screen, signing out or restarting): filter by status; Resume an open count (back to
// scanning) or a finished one (back to its variance), Apply a finished one (managers), Abandon.
// A page holds the newest hundred; "Older counts" reads the next page, below the last shown.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo, CountStatus } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { Button, Segments } from "../widgets/controls";
import { AbandonDialog } from "./AbandonDialog";
import { countName, countProgress, countScope, mayAbandon, mayApply, STATUS_WORD } from "./format";
import { useActor } from "./useActor";

type Shown = CountStatus | "all";

/** What the list asks the api for: one page of the newest. */
export const COUNT_PAGE = 100;

export type CountAction = "resume" | "apply";

/** What the list says when a status has no counts. */
const NONE_WORD: Record<CountStatus, string> = {
  open: "counts.list.noneOpen",
  finished: "counts.list.noneFinished",
  applied: "counts.list.noneApplied",
  abandoned: "counts.list.noneAbandoned",
};

function RowActions({ c, onOpen, onAbandon }: { c: CountInfo; onOpen(id: number, action: CountAction): void; onAbandon(c: CountInfo): void }) {
  const t = useT();
  const actor = useActor();
  const live = c.status === "open" || c.status === "finished";
  if (!live) return null;
  const canApply = mayApply(actor?.role);
  const canAbandon = mayAbandon(c, actor);
  return (
    <div className="row-actions">
      <Button variant="quiet" aria-label={t("counts.resume.named", { name: countName(c) })} onPress={() => onOpen(c.id, "resume")}>
        {t("counts.resume")}
      </Button>
      {c.status === "finished" ? (
        <Button variant="quiet" aria-label={t("counts.apply.named", { name: countName(c) })} isDisabled={!canApply} onPress={() => onOpen(c.id, "apply")}>
          {t("counts.apply")}
        </Button>
      ) : null}
      <Button variant="quiet" aria-label={t("counts.abandon.named", { name: countName(c) })} isDisabled={!canAbandon} onPress={() => onAbandon(c)}>
        {t("counts.abandon")}
      </Button>
      {c.status === "finished" && !canApply ? <span className="why muted">{t("counts.apply.whoMay")}</span> : null}
      {!canAbandon ? <span className="why muted">{t("counts.abandon.whoMay", { user: c.started_by })}</span> : null}
    </div>
  );
}

export function CountList({ onOpen }: { onOpen(id: number, action: CountAction): void }) {
  const t = useT();
  const format = useFormat();
  const backend = useBackend();
  const [shown, setShown] = useState<Shown>("all");
  const [abandoning, setAbandoning] = useState<CountInfo | null>(null);
  const status = shown === "all" ? null : shown;
  const pages = useInfiniteQuery({
    queryKey: ["counts", status],
    queryFn: ({ pageParam }) => backend.call("count_list", { status, limit: COUNT_PAGE, before: pageParam }),
    initialPageParam: null as number | null,
    // A full page may have more below it; a shorter one is the oldest.
    getNextPageParam: (last) => (last.length === COUNT_PAGE ? (last[last.length - 1]?.id ?? null) : null),
  });
  const counts = pages.data?.pages.flat();
  return (
    <section className="count-list" aria-labelledby="count-list-title">
      <div className="count-list-head">
        <h2 id="count-list-title">{t("counts.list.title")}</h2>
        <Segments<Shown>
          label={t("counts.list.show")}
          value={shown}
          onChange={setShown}
          options={[
            { value: "all", label: t("counts.list.all") },
            { value: "open", label: t("counts.list.open") },
            { value: "finished", label: t("counts.list.finished") },
            { value: "applied", label: t("counts.list.applied") },
            { value: "abandoned", label: t("counts.list.abandoned") },
          ]}
        />
      </div>
      {pages.isError ? (
        <p role="alert" className="error">
          {pages.error.message}
        </p>
      ) : null}
      {counts?.length === 0 ? <p className="muted">{t(shown === "all" ? "counts.list.none" : NONE_WORD[shown])}</p> : null}
      {counts && counts.length > 0 ? (
        <table className="grid-table count-table" aria-label={t("counts.list.title")}>
          <thead>
            <tr>
              <th>{t("counts.column.count")}</th>
              <th>{t("counts.column.location")}</th>
              <th>{t("counts.column.started")}</th>
              <th>{t("counts.column.kind")}</th>
              <th>{t("counts.column.counted")}</th>
              <th>{t("counts.column.status")}</th>
              <th aria-label={t("counts.column.actions")} />
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.id}>
                <td className="mono">{countName(c)}</td>
                <td>{c.location}</td>
                <td>
                  {Number.isNaN(Date.parse(c.started_at)) ? c.started_at : format.dateTime(c.started_at)} · {c.started_by}
                </td>
                <td>{countScope(c, t)}</td>
                <td>{countProgress(c, t)}</td>
                <td>
                  <span className={`tag count-status ${c.status}`}>{t(STATUS_WORD[c.status])}</span>
                  {c.note ? <div className="count-note muted">{c.note}</div> : null}
                </td>
                <td>
                  <RowActions c={c} onOpen={onOpen} onAbandon={setAbandoning} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pages.hasNextPage ? (
        <div className="actions">
          <Button onPress={() => void pages.fetchNextPage()} isDisabled={pages.isFetchingNextPage}>
            {t("counts.list.older")}
          </Button>
          <span className="muted">{t("counts.list.newest", { n: counts?.length ?? 0 })}</span>
        </div>
      ) : null}
      {abandoning ? <AbandonDialog count={abandoning} onClose={() => setAbandoning(null)} /> : null}
    </section>
  );
}
