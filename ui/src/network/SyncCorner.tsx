// The status bar's network corner: where the site stands with the hub in words, and on a click
// a small panel with the details (hub, acknowledged event, waiting, last success, last refusal)
// and "Sync now". The status comes with the window's AppInfo and then from the sync agent's
// `sync-status` event each time it changes; a push or an enrolment here answers it too. The
// hub's open counterfeit alarms about this site's packs come the same way (AppInfo, then the
// agent's `hub-alarms` after each pull): the corner says how many, and the panel lists them.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { AppInfo, HubAlarm, SyncStatus } from "../bindings";
import { useBackend } from "../backend/context";
import { useLang, useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { alarmsWords, clockLocale, otherSites, patternWords, pulledBackWords, recallReceivedWords, syncLine, wallTime, waitingWords, type Say, type SyncLine } from "./words";

/** The network's words in the session's language: its `t`, and its wall clock. */
export function useSay(): Say {
  const t = useT();
  const lang = useLang();
  return useMemo(() => ({ t, locale: clockLocale(lang) }), [t, lang]);
}

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
  const say = useSay();
  const synced = syncLine(say, status, now, info.actor?.role === "admin");
  if (!status || !synced) return null;
  // Open alarms come first: a pack of this site may be counterfeit.
  const line: SyncLine = alarms.length > 0 ? { text: say.t("network.line.alarms", { alarms: alarmsWords(say, alarms.length), line: synced.text }), tone: "alarm" } : synced;
  return (
    <span className="sync-corner">
      <Button variant="quiet" className={`sync-line sync-${line.tone}`} aria-expanded={open} aria-label={say.t("network.corner", { line: line.text })} onPress={() => setOpen(!open)}>
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
  const say = useSay();
  const { t } = say;
  const push = useMutation({
    mutationFn: () => backend.call("sync_now", null),
    onSuccess: (done) => {
      onStatus(done.status);
      onAlarms(done.alarms);
    },
  });
  const recalls = push.data?.recalls ?? [];
  // A file restored from an old backup: the push pulled the site's own events back first.
  const pulled = pulledBackWords(say, push.data?.push.restored ?? null);
  const enrolled = status.state !== "not_enrolled";
  const when = (at: string | null) => (at ? wallTime(say, at, now) : t("network.never"));
  return (
    <div className="sync-panel" role="dialog" aria-label={t("network.title")} onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h2>{t("network.title")}</h2>
      {enrolled ? (
        <dl>
          <dt>{t("network.panel.hub")}</dt>
          <dd className="mono">
            <bdi>{status.hub}</bdi>
          </dd>
          <dt>{t("network.panel.site")}</dt>
          <dd className="mono">
            <bdi>{status.site}</bdi>
          </dd>
          <dt>{t("network.panel.acknowledged")}</dt>
          <dd>{t("network.panel.eventOf", { acked: String(status.acked_seq), last: String(status.last_seq) })}</dd>
          <dt>{t("network.panel.waiting")}</dt>
          <dd>{waitingWords(say, status.waiting)}</dd>
          <dt>{t("network.panel.lastSuccess")}</dt>
          <dd>{when(status.last_success_at)}</dd>
          {status.offline_since ? (
            <>
              <dt>{t("network.panel.offlineSince")}</dt>
              <dd>{when(status.offline_since)}</dd>
            </>
          ) : null}
          {/* Being offline keeps its network error in the same place as a refusal: say which. */}
          <dt>{status.refusal_code ? t("network.panel.lastRefusal") : t("network.panel.lastProblem")}</dt>
          <dd>{status.message ? `${status.message}${status.refusal_code ? ` (${status.refusal_code})` : ""}` : t("network.panel.none")}</dd>
        </dl>
      ) : (
        <p className="muted">{t("network.panel.standalone")}</p>
      )}
      {status.state === "fork" ? (
        <p className="error">{t("network.panel.fork")}</p>
      ) : null}
      {alarms.length > 0 ? <HubAlarms alarms={alarms} site={status.site} now={now} /> : null}
      <div className="sync-actions">
        {enrolled ? (
          <Button variant="quiet" onPress={() => push.mutate()} isDisabled={push.isPending || status.state === "fork" || status.state === "suspended"}>
            {push.isPending ? t("network.panel.syncing") : t("network.panel.syncNow")}
          </Button>
        ) : null}
        <Button variant="quiet" onPress={onClose}>
          {t("network.panel.close")}
        </Button>
      </div>
      {pulled ? <p role="status">{pulled}</p> : null}
      {recalls.length > 0 ? (
        <ul className="sync-recalls" aria-label={t("network.panel.recallsReceived")}>
          {recalls.map((r) => (
            <li key={r.number}>{recallReceivedWords(say, r)}</li>
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
  const say = useSay();
  const { t } = say;
  return (
    <section className="hub-alarms" aria-label={t("network.alarms.title")}>
      <h3 className="error">{alarmsWords(say, alarms.length)}</h3>
      <p className="muted">{t("network.alarms.hint")}</p>
      <ul>
        {alarms.map((a) => (
          <li key={a.id} aria-label={t("network.alarms.item", { id: String(a.id) })}>
            <div className="mono">
              <bdi dir="ltr">
                {a.gtin} / {a.serial}
              </bdi>
            </div>
            <div>{a.patterns.map((p) => patternWords(say, p)).join("; ")}</div>
            <div className="muted">{t("network.alarms.sites", { sites: otherSites(say, a, site), raised: wallTime(say, a.raised_at, now) })}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
