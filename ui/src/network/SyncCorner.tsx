// The status bar's network corner: where the site stands with the hub in words, and on a click
// a small panel with the details (hub, acknowledged event, waiting, last success, last refusal)
// and "Sync now". The status comes with the window's AppInfo and then from the sync agent's
// `sync-status` event each time it changes; a push or an enrolment here answers it too. The
// hub's open counterfeit alarms about this site's packs come the same way (AppInfo, then the
// agent's `hub-alarms` after each pull): the corner says how many, and the panel lists them.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { AppInfo, HubAlarm, SyncStatus } from "../bindings";
import { useBackend } from "../backend/context";
import { Button } from "../widgets/controls";
import { alarmsWords, otherSites, patternWords, pulledBackWords, recallReceivedWords, syncLine, wallTime, waitingWords, type SyncLine } from "./words";

/** The site's sync status as the window knows it: AppInfo's, then each change the agent tells. */
export function useSyncStatus(info: AppInfo | undefined): [SyncStatus | null, (s: SyncStatus) => void] {
  const backend = useBackend();
  const [status, setStatus] = useState<SyncStatus | null>(info?.sync ?? null);
  useEffect(() => setStatus(info?.sync ?? null), [info?.sync]);
  useEffect(() => backend.onSyncStatus(setStatus), [backend]);
  return [status, setStatus];
}

/** The hub's open alarms as the window knows them: AppInfo's, then each change the agent tells
 * (or a "Sync now" brings). */
export function useHubAlarms(info: AppInfo | undefined): [HubAlarm[], (a: HubAlarm[]) => void] {
  const backend = useBackend();
  const [alarms, setAlarms] = useState<HubAlarm[]>(info?.alarms ?? []);
  useEffect(() => setAlarms(info?.alarms ?? []), [info?.alarms]);
  useEffect(() => backend.onHubAlarms(setAlarms), [backend]);
  return [alarms, setAlarms];
}

/** The minute, for "2 min ago": the words move on while nothing else happens. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(tick);
  }, []);
  return now;
}

export function SyncCorner({ info }: { info: AppInfo }) {
  const [status, setStatus] = useSyncStatus(info);
  const [open, setOpen] = useState(false);
  const now = useMinute();
  const [alarms, setAlarms] = useHubAlarms(info);
  const synced = syncLine(status, now, info.actor?.role === "admin");
  if (!status || !synced) return null;
  // Open alarms come first: a pack of this site may be counterfeit.
  const line: SyncLine = alarms.length > 0 ? { text: `${alarmsWords(alarms.length)} · ${synced.text}`, tone: "alarm" } : synced;
  return (
    <span className="sync-corner">
      <Button variant="quiet" className={`sync-line sync-${line.tone}`} aria-expanded={open} aria-label={`Hospital network: ${line.text}`} onPress={() => setOpen(!open)}>
        {line.text}
      </Button>
      {open ? <SyncPanel status={status} alarms={alarms} now={now} onStatus={setStatus} onAlarms={setAlarms} onClose={() => setOpen(false)} /> : null}
    </span>
  );
}

/** The details of the site's sync, the hub's open alarms, and "Sync now": a push and a pull, as
 * the agent does, so a network recall or an alarm is heard of at once. */
export function SyncPanel({
  status,
  alarms,
  now,
  onStatus,
  onAlarms,
  onClose,
}: {
  status: SyncStatus;
  alarms: HubAlarm[];
  now: Date;
  onStatus(s: SyncStatus): void;
  onAlarms(a: HubAlarm[]): void;
  onClose(): void;
}) {
  const backend = useBackend();
  const push = useMutation({
    mutationFn: () => backend.call("sync_now", null),
    onSuccess: (done) => {
      onStatus(done.status);
      onAlarms(done.alarms);
    },
  });
  const recalls = push.data?.recalls ?? [];
  // A file restored from an old backup: the push pulled the site's own events back first.
  const pulled = pulledBackWords(push.data?.push.restored ?? null);
  const enrolled = status.state !== "not_enrolled";
  const when = (at: string | null) => (at ? wallTime(at, now) : "never");
  return (
    <div className="sync-panel" role="dialog" aria-label="Hospital network" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h2>Hospital network</h2>
      {enrolled ? (
        <dl>
          <dt>Hub</dt>
          <dd className="mono">{status.hub}</dd>
          <dt>This site</dt>
          <dd className="mono">{status.site}</dd>
          <dt>Acknowledged</dt>
          <dd>
            event {status.acked_seq} of {status.last_seq}
          </dd>
          <dt>Waiting</dt>
          <dd>{waitingWords(status.waiting)}</dd>
          <dt>Last success</dt>
          <dd>{when(status.last_success_at)}</dd>
          {status.offline_since ? (
            <>
              <dt>Offline since</dt>
              <dd>{when(status.offline_since)}</dd>
            </>
          ) : null}
          {/* Being offline keeps its network error in the same place as a refusal: say which. */}
          <dt>{status.refusal_code ? "Last refusal" : "Last problem"}</dt>
          <dd>{status.message ? `${status.message}${status.refusal_code ? ` (${status.refusal_code})` : ""}` : "none"}</dd>
        </dl>
      ) : (
        <p className="muted">This site works on its own. An administrator connects it to the hospital's hub in Settings → Hospital network.</p>
      )}
      {status.state === "fork" ? (
        <p className="error">
          The hub holds other events where this site has its own: a copy of this database, or an old backup, went on elsewhere. Call the hub administrator; once they have resolved it,
          enrol again in Settings → Hospital network.
        </p>
      ) : null}
      {alarms.length > 0 ? <HubAlarms alarms={alarms} site={status.site} now={now} /> : null}
      <div className="sync-actions">
        {enrolled ? (
          <Button variant="quiet" onPress={() => push.mutate()} isDisabled={push.isPending || status.state === "fork" || status.state === "suspended"}>
            {push.isPending ? "Syncing…" : "Sync now"}
          </Button>
        ) : null}
        <Button variant="quiet" onPress={onClose}>
          Close
        </Button>
      </div>
      {pulled ? <p role="status">{pulled}</p> : null}
      {recalls.length > 0 ? (
        <ul className="sync-recalls" aria-label="Network recalls received">
          {recalls.map((r) => (
            <li key={r.number}>{recallReceivedWords(r)}</li>
          ))}
        </ul>
      ) : null}
      {push.isError ? (
        <p role="alert" className="error">
          {push.error.message}
        </p>
      ) : null}
    </div>
  );
}

/** The hub's open counterfeit alarms about this site's packs: the pack, what the hub saw in
 * words, the other sites its events name, and when the hub raised it. */
export function HubAlarms({ alarms, site, now }: { alarms: HubAlarm[]; site: string; now: Date }) {
  return (
    <section className="hub-alarms" aria-label="Counterfeit alarms from the hub">
      <h3 className="error">{alarmsWords(alarms.length)}</h3>
      <p className="muted">The hub saw these packs of this site where a genuine pack cannot be. Quarantine them and call the hub administrator.</p>
      <ul>
        {alarms.map((a) => (
          <li key={a.id} aria-label={`Alarm ${a.id}`}>
            <div className="mono">
              {a.gtin} / {a.serial}
            </div>
            <div>{a.patterns.map(patternWords).join("; ")}</div>
            <div className="muted">
              Other sites: {otherSites(a, site)} · raised {wallTime(a.raised_at, now)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
