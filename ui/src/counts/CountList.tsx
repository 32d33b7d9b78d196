// The counts, newest first, read from the database (so an open count is there after leaving
// the screen, signing out or restarting): filter by status; Resume an open count (back to
// scanning) or a finished one (back to its variance), Apply a finished one (managers), Abandon.
// A page holds the newest hundred; "Older counts" reads the next page, below the last shown.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo, CountStatus } from "../bindings";
import { Button, Segments } from "../widgets/controls";
import { AbandonDialog } from "./AbandonDialog";
import { countName, countProgress, countScope, localTime, mayAbandon, mayApply } from "./format";
import { useActor } from "./useActor";

type Shown = CountStatus | "all";

/** What the list asks the api for: one page of the newest. */
export const COUNT_PAGE = 100;

export type CountAction = "resume" | "apply";

function RowActions({ c, onOpen, onAbandon }: { c: CountInfo; onOpen(id: number, action: CountAction): void; onAbandon(c: CountInfo): void }) {
  const actor = useActor();
  const live = c.status === "open" || c.status === "finished";
  if (!live) return null;
  const canApply = mayApply(actor?.role);
  const canAbandon = mayAbandon(c, actor);
  return (
    <div className="row-actions">
      <Button variant="quiet" aria-label={`Resume ${countName(c)}`} onPress={() => onOpen(c.id, "resume")}>
        Resume
      </Button>
      {c.status === "finished" ? (
        <Button variant="quiet" aria-label={`Apply ${countName(c)}`} isDisabled={!canApply} onPress={() => onOpen(c.id, "apply")}>
          Apply
        </Button>
      ) : null}
      <Button variant="quiet" aria-label={`Abandon ${countName(c)}`} isDisabled={!canAbandon} onPress={() => onAbandon(c)}>
        Abandon
      </Button>
      {c.status === "finished" && !canApply ? <span className="why muted">Apply: a manager signs it</span> : null}
      {!canAbandon ? <span className="why muted">Abandon: only {c.started_by} or a manager</span> : null}
    </div>
  );
}

export function CountList({ onOpen }: { onOpen(id: number, action: CountAction): void }) {
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
        <h2 id="count-list-title">Counts</h2>
        <Segments<Shown>
          label="Show counts"
          value={shown}
          onChange={setShown}
          options={[
            { value: "all", label: "All" },
            { value: "open", label: "Open" },
            { value: "finished", label: "Finished" },
            { value: "applied", label: "Applied" },
            { value: "abandoned", label: "Abandoned" },
          ]}
        />
      </div>
      {pages.isError ? (
        <p role="alert" className="error">
          {pages.error.message}
        </p>
      ) : null}
      {counts?.length === 0 ? <p className="muted">{shown === "all" ? "No counts yet: start one above." : `No ${shown} counts.`}</p> : null}
      {counts && counts.length > 0 ? (
        <table className="grid-table count-table" aria-label="Counts">
          <thead>
            <tr>
              <th>Count</th>
              <th>Location</th>
              <th>Started</th>
              <th>Kind</th>
              <th>Counted</th>
              <th>Status</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.id}>
                <td className="mono">{countName(c)}</td>
                <td>{c.location}</td>
                <td>
                  {localTime(c.started_at)} · {c.started_by}
                </td>
                <td>{countScope(c)}</td>
                <td>{countProgress(c)}</td>
                <td>
                  <span className={`tag count-status ${c.status}`}>{c.status}</span>
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
            Older counts
          </Button>
          <span className="muted">The newest {counts?.length} are shown.</span>
        </div>
      ) : null}
      {abandoning ? <AbandonDialog count={abandoning} onClose={() => setAbandoning(null)} /> : null}
    </section>
  );
}
