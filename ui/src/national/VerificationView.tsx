// National verification (issue #25): the queue of requests to the national system (EU FMD's
// NMVS, US DSCSA's VRS) as people see it. Above, the figures: how many wait, since when the
// oldest waits and why, alerts and failures (those on packs already supplied each a patient's
// follow-up), and the warning of the site's decommission window when a pack dispensed offline
// nears its end, and whether anything can leave at all (the drainer's own state: no national.toml,
// a file that cannot be used, another Custody sending, the system unreachable). Below, a tab per state (waiting, answered,
// alerts, failed), newest first: an alert leads to the pack's history, a failed request can
// be tried again by those who may override a verdict. A site with no national system is told
// so, and managers and administrators choose one here.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Tab, TabList, TabPanel, Tabs, type Key } from "react-aria-components";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import type { NationalSettings, NationalSummary, NvsQueued, NvsShown, Role } from "../bindings";
import { useActor } from "../counts/useActor";
import { useFormat, useT } from "../i18n/I18n";
import type { Place } from "../nav";
import { ago } from "../network/words";
import { useSay } from "../network/SyncCorner";
import { Button, Field } from "../widgets/controls";
import { Drainer } from "./Drainer";
import { SUMMARY_KEY, useNationalSummary, waitingCount } from "./summary";
import "./national.css";

type Say = ReturnType<typeof useT>;

/** Who may choose the site's national system (custody-core's rule). */
export const maySetUp = (role: Role | undefined) => role === "manager" || role === "admin";
/** Who may try a failed request again: those who may override a verdict. */
export const mayRetry = (role: Role | undefined) => role === "qa" || role === "manager" || role === "admin";

/** Whether the site answers to a national system at all. */
const isOn = (s: NationalSettings) => s.market !== null && s.check !== "off";

/** What a request asks, in words: "decommission (supplied)", "verify". */
export function asks(t: Say, q: NvsQueued["request"]): string {
  const kind = t("national.kind", { kind: q.kind });
  return q.reason ? t("national.kindReason", { kind, reason: t("national.reason", { reason: q.reason }) }) : kind;
}

export function VerificationView({ go }: { go(to: Place): void }) {
  const t = useT();
  const backend = useBackend();
  const role = useActor()?.role;
  const settings = useQuery({ queryKey: ["national", "settings"], queryFn: () => backend.call("national_settings", null) });
  const summary = useNationalSummary();
  const [changing, setChanging] = useState(false);
  const [tab, setTab] = useState<Key>("waiting");
  const s = settings.data;
  const on = s ? isOn(s) : false;
  // A site that turned its system off may still hold requests from before: they stay listed.
  const anything = summary.data ? waitingCount(summary.data) + summary.data.alerts + summary.data.failed > 0 : false;
  return (
    <section className="view verification-view" aria-labelledby="verification-title">
      <header className="view-header">
        <div>
          <h1 id="verification-title">{t("national.title")}</h1>
          {s && on ? <p className="muted verification-system">{t("national.system", { market: s.market, check: s.check, hours: s.window_hours })}</p> : null}
        </div>
        {s && on && maySetUp(role) && !changing ? (
          <Button variant="quiet" onPress={() => setChanging(true)}>
            {t("national.settings.change")}
          </Button>
        ) : null}
      </header>
      {settings.isError ? (
        <p role="alert" className="error pad">
          {settings.error.message}
        </p>
      ) : null}
      {s && (!on || changing) ? <NotSetUp settings={s} on={on} canSet={maySetUp(role)} onDone={() => setChanging(false)} /> : null}
      {summary.isError ? (
        <p role="alert" className="error pad">
          {summary.error.message}
        </p>
      ) : null}
      {s && (on || anything) && summary.data ? (
        <>
          <Figures summary={summary.data} hours={s.window_hours} />
          <Tabs className="verification-tabs" selectedKey={tab} onSelectionChange={setTab}>
            <TabList aria-label={t("national.shown")} className="tab-list">
              <Tab id="waiting">{t("national.tab.waiting", { n: waitingCount(summary.data) })}</Tab>
              <Tab id="done">{t("national.tab.done")}</Tab>
              <Tab id="alerts">{t("national.tab.alerts", { n: summary.data.alerts })}</Tab>
              <Tab id="failed">{t("national.tab.failed", { n: summary.data.failed })}</Tab>
            </TabList>
            {(["waiting", "done", "alerts", "failed"] as const).map((shown) => (
              <TabPanel key={shown} id={shown} className="verification-panel">
                <Queue shown={shown} canRetry={mayRetry(role)} go={go} />
              </TabPanel>
            ))}
          </Tabs>
        </>
      ) : null}
      {settings.isPending || (s && on && summary.isPending) ? <p className="muted pad">{t("national.loading")}</p> : null}
    </section>
  );
}

/** The figures over the tabs, and the decommission window's warning above them. */
function Figures({ summary: s, hours }: { summary: NationalSummary; hours: number }) {
  const t = useT();
  const format = useFormat();
  const say = useSay();
  const now = new Date();
  const waiting = waitingCount(s);
  const past = s.window_ends_at ? new Date(s.window_ends_at).getTime() <= now.getTime() : false;
  return (
    <div className="verification-figures">
      <Drainer drainer={s.drainer} lastFailed={s.oldest_waiting_words !== null} />
      {s.window_warning && s.window_ends_at ? (
        <p role="alert" className="verification-window">
          <strong>{past ? t("national.window.pastTitle") : t("national.window.soonTitle")}</strong>{" "}
          {t(past ? "national.window.past" : "national.window.soon", { ends: format.dateTime(s.window_ends_at), hours })}
        </p>
      ) : null}
      <dl className="key-figures" aria-label={t("national.figures")}>
        <div>
          <dt>{t("national.figure.waiting")}</dt>
          <dd>{format.number(waiting)}</dd>
        </div>
        <div className={s.alerts > 0 ? "bad" : undefined}>
          <dt>{t("national.figure.alerts")}</dt>
          <dd>{format.number(s.alerts)}</dd>
        </div>
        {s.alerts_after_supply > 0 ? (
          <div className="bad">
            <dt>{t("national.figure.afterSupply")}</dt>
            <dd>{format.number(s.alerts_after_supply)}</dd>
          </div>
        ) : null}
        <div className={s.failed > 0 ? "bad" : undefined}>
          <dt>{t("national.figure.failed")}</dt>
          <dd>{format.number(s.failed)}</dd>
        </div>
        <div className="wide">
          <dt>{t("national.figure.oldest")}</dt>
          <dd className="verification-oldest">
            {s.oldest_waiting_at ? (
              <>
                {t("national.oldest.since", { when: format.dateTime(s.oldest_waiting_at), ago: waited(say, s.oldest_waiting_at, now) })}
                <span className="verification-why">{s.oldest_waiting_words ? t("national.oldest.why", { words: s.oldest_waiting_words }) : t("national.oldest.notSent")}</span>
              </>
            ) : (
              t("national.oldest.none")
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** How long the oldest request has waited: "3 h ago" within a day, then in days. */
function waited(say: ReturnType<typeof useSay>, at: string, now: Date): string {
  const hours = (now.getTime() - new Date(at).getTime()) / 3_600_000;
  return hours < 24 ? ago(say, at, now) : say.t("national.oldest.days", { n: Math.floor(hours / 24) });
}

const EMPTY: Record<NvsShown, string> = {
  waiting: "national.empty.waiting",
  done: "national.empty.done",
  alerts: "national.empty.alerts",
  failed: "national.empty.failed",
};

const LABEL: Record<NvsShown, string> = {
  waiting: "national.table.waiting",
  done: "national.table.done",
  alerts: "national.table.alerts",
  failed: "national.table.failed",
};

/** One state's requests, newest first. */
function Queue({ shown, canRetry, go }: { shown: NvsShown; canRetry: boolean; go(to: Place): void }) {
  const t = useT();
  const format = useFormat();
  const backend = useBackend();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ["national", "queue", shown],
    queryFn: () => backend.call("national_queue", { shown, limit: null }),
    refetchInterval: 15_000,
  });
  const retry = useMutation({
    mutationFn: (id: number) => backend.call("national_retry", { id }),
    onSettled: () => client.invalidateQueries({ queryKey: ["national"] }),
  });
  if (list.isError)
    return (
      <p role="alert" className="error">
        {list.error.message}
      </p>
    );
  if (list.isPending) return <p className="muted">{t("national.loading")}</p>;
  const rows = list.data;
  if (rows.length === 0) return <p className="verification-empty">{t(EMPTY[shown])}</p>;
  const action = (shown === "failed" && canRetry) || shown === "alerts";
  return (
    <>
      {retry.isSuccess ? (
        <p role="status" className="saved">
          {t("national.retried", { id: retry.data.id })}
        </p>
      ) : null}
      <div className="table-scroll verification-table-wrap" tabIndex={0}>
        <table className="grid-table verification-table" aria-label={t(LABEL[shown])}>
          <thead>
            <tr>
              <th scope="col">{t("national.col.queued")}</th>
              <th scope="col">{t("national.col.state")}</th>
              <th scope="col">{t("national.col.asks")}</th>
              <th scope="col">{t("national.col.pack")}</th>
              <th scope="col" className="num">
                {t("national.col.attempts")}
              </th>
              <th scope="col">{t("national.col.answer")}</th>
              {action ? <th scope="col">{t("national.col.action")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => {
              const r = q.request;
              const refused = retry.isError && retry.variables === r.id ? retry.error : null;
              return (
                <tr key={r.id} className={`nvs-${r.state}`}>
                  <td className="nowrap">{format.dateTime(q.created_at)}</td>
                  <td>
                    <span className={`nvs-state nvs-state-${r.state}`}>{t("national.state", { state: r.state })}</span>
                    {r.state === "pending" && r.attempts > 0 ? <div className="muted small">{t("national.nextAttempt", { when: format.dateTime(r.next_attempt_at) })}</div> : null}
                  </td>
                  <td>
                    {asks(t, r)}
                    <div className="muted small mono">{r.market}</div>
                  </td>
                  <td>
                    <div className="strong">{q.product_name}</div>
                    <PackKey q={q} />
                  </td>
                  <td className="num">{format.number(r.attempts)}</td>
                  <td className="verification-answer">
                    {r.return_code ? <code className="nvs-code">{r.return_code}</code> : null} {r.words ? <span>{r.words}</span> : r.return_code ? null : <span className="muted">—</span>}
                    {r.alert_id ? (
                      <div className="small">
                        {t("national.alertId")} <bdi className="mono">{r.alert_id}</bdi>
                      </div>
                    ) : null}
                    {q.supplied ? (
                      <p className="nvs-supplied small">
                        {t("national.supplied", {
                          when: format.dateTime(q.supplied.occurred_at),
                          location: q.supplied.location ?? "—",
                          reference: q.supplied.reference ?? "—",
                          by: q.supplied.by,
                        })}
                      </p>
                    ) : null}
                  </td>
                  {action ? (
                    <td>
                      {shown === "alerts" ? (
                        <Button variant="quiet" className="nowrap" onPress={() => go({ screen: "unit", pack: { gtin: r.gtin, serial: r.serial } })}>
                          {t("national.history")}
                        </Button>
                      ) : (
                        <Button variant="quiet" className="nowrap" onPress={() => retry.mutate(r.id)} isDisabled={retry.isPending}>
                          {retry.isPending && retry.variables === r.id ? t("national.retrying") : t("national.retry")}
                        </Button>
                      )}
                      {refused ? (
                        <p role="alert" className="error small">
                          {refused.message}
                        </p>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The pack's key as the national system knows it: GTIN, serial, lot and expiry. */
function PackKey({ q }: { q: NvsQueued }) {
  const t = useT();
  const r = q.request;
  return (
    <div className="nvs-pack small">
      <span>
        {t("national.pack.gtin")} <bdi className="mono">{r.gtin}</bdi>
      </span>
      <span>
        {t("national.pack.serial")} <bdi className="mono">{r.serial}</bdi>
      </span>
      <span>
        {t("national.pack.lot")} <bdi className="mono">{r.lot ?? "—"}</bdi>
      </span>
      <span>
        {t("national.pack.expiry")} <bdi className="mono">{r.expiry ?? "—"}</bdi>
      </span>
    </div>
  );
}

/** The site has no national system (or a manager is changing it): says so, and for managers and
 * administrators the form choosing one. A refusal is shown on the field it names. */
function NotSetUp({ settings, on, canSet, onDone }: { settings: NationalSettings; on: boolean; canSet: boolean; onDone(): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [market, setMarket] = useState(settings.market ?? "");
  const [check, setCheck] = useState<string>(settings.check === "off" ? "at_dispense" : settings.check);
  const [hours, setHours] = useState(String(settings.window_hours));
  const save = useMutation({
    mutationFn: () => {
      const h = hours.trim();
      // A number the api checks (1 to 240); anything else is sent as it is and refused there.
      const window_hours = h === "" ? undefined : /^\d+$/.test(h) ? Number(h) : 0;
      return backend.call("set_national_settings", { market: market.trim() === "" ? null : market.trim().toUpperCase(), check, window_hours });
    },
    onSuccess: (s) => {
      client.setQueryData(["national", "settings"], s);
      void client.invalidateQueries({ queryKey: SUMMARY_KEY });
      if (isOn(s)) onDone();
    },
  });
  const checkId = useId();
  const refusal = save.error instanceof BackendError ? save.error : null;
  const errorOf = (field: string) => (refusal?.field === field ? refusal.message : null);
  const general = save.error && !(refusal?.field === "market" || refusal?.field === "check" || refusal?.field === "window_hours") ? save.error : null;
  const edit = (f: () => void) => {
    f();
    if (save.error) save.reset();
  };
  return (
    <div className="pad verification-setup">
      {on ? null : (
        <p className="verification-off">
          {t("national.off")} {canSet ? null : t("national.offAsk")}
        </p>
      )}
      {canSet ? (
        <form
          className="settings-block verification-form"
          aria-label={t("national.settings.title")}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <h2>{t("national.settings.title")}</h2>
          <Field label={t("national.settings.market")} description={t("national.settings.marketHint")} value={market} onChange={(v) => edit(() => setMarket(v))} narrow errorMessage={errorOf("market")} />
          <div className="field">
            <label htmlFor={checkId}>{t("national.settings.check")}</label>
            <select id={checkId} value={check} onChange={(e) => edit(() => setCheck(e.target.value))} aria-invalid={errorOf("check") ? true : undefined}>
              <option value="off">{t("national.check", { check: "off" })}</option>
              <option value="at_dispense">{t("national.check", { check: "at_dispense" })}</option>
              <option value="at_receipt">{t("national.check", { check: "at_receipt" })}</option>
              <option value="decommission_at_receipt">{t("national.check", { check: "decommission_at_receipt" })}</option>
            </select>
            {errorOf("check") ? <span className="error">{errorOf("check")}</span> : null}
          </div>
          <Field label={t("national.settings.window")} description={t("national.settings.windowHint")} value={hours} onChange={(v) => edit(() => setHours(v))} narrow errorMessage={errorOf("window_hours")} />
          <div className="actions">
            <Button type="submit" variant="primary" isDisabled={save.isPending}>
              {t("national.settings.save")}
            </Button>
            {on ? (
              <Button variant="quiet" onPress={onDone}>
                {t("national.settings.cancel")}
              </Button>
            ) : null}
          </div>
          {save.isSuccess && !isOn(save.data) ? (
            <p role="status" className="saved">
              {t("national.settings.savedOff")}
            </p>
          ) : null}
          {general ? (
            <p role="alert" className="error">
              {general.message}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
