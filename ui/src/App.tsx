import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useBackend, useSignedOut } from "./backend/context";
import type { AppInfo, User } from "./bindings";
import { Home } from "./home/Home";
import { SCREENS, type Place, type Screen } from "./nav";
import { RecallsView } from "./recalls/RecallsView";
import { ReplenishView } from "./replenish/ReplenishView";
import { ReportsView } from "./reports/ReportsView";
import { emptyForm } from "./reports/request";
import { ScanView } from "./scan/ScanView";
import { FirstRun } from "./session/FirstRun";
import { UnitView } from "./unit/UnitView";
import { CountsView } from "./counts/CountsView";
import { ExpiryView, ShortagesView } from "./levels/LevelsViews";
import { SettingsView } from "./settings/SettingsView";
import { LanguageSetting } from "./i18n/LanguageSetting";
import { Backups, takenAt } from "./session/Backups";
import { SyncCorner } from "./network/SyncCorner";
import { LedgerCheckButton } from "./session/LedgerCheck";
import { SignIn } from "./session/SignIn";
import { useIdleSignOut } from "./session/useIdleSignOut";
import { StockView } from "./stock/StockView";
import { VerificationCorner } from "./national/VerificationCorner";
import { VerificationView } from "./national/VerificationView";
import { useT } from "./i18n/I18n";
import { Button } from "./widgets/controls";
import { ltr, useRich } from "./widgets/rich";

// Insights draws its charts with recharts, which with what it brings is about a quarter of the
// page's script: read when the screen is first opened, or a few seconds after someone signs in,
// not before the sign-in screen can show. Once read, the screen is drawn at once (through
// `lazy` alone its first drawing would still wait for React's suspense, even with it read).
type InsightsModule = typeof import("./insights/InsightsView");
let insightsRead: InsightsModule | undefined;
const loadInsights = () =>
  import("./insights/InsightsView").then((m) => {
    insightsRead = m;
    return m;
  });
const LazyInsightsView = lazy(() => loadInsights().then((m) => ({ default: m.InsightsView })));
const INSIGHTS_READ_AFTER_MS = 3000;

/** Why the window is back at sign-in: the idle minutes (said in the current language), or the
 * shell's reason (already in the person's language). */
type SignedOutReason = { idleMinutes: number } | { said: string };

export function App() {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const info = useQuery({
    queryKey: ["app-info"],
    queryFn: () => backend.appInfo(),
    // The start-up check of the file runs beside the window; look again until it is done.
    refetchInterval: (q) => (q.state.data && !q.state.data.integrity_checked ? 1000 : false),
  });
  const siteName = info.data?.site_name;
  const actor = info.data?.actor;
  const [signedOutBecause, setSignedOutBecause] = useState<SignedOutReason | undefined>();
  const idle = useCallback(() => setSignedOutBecause({ idleMinutes: info.data?.idle_minutes ?? 10 }), [info.data?.idle_minutes]);
  // The UI's timer is a courtesy; the shell decides. Any command it answers "signed out" (an
  // idle session it closed) returns the window to sign-in, with the shell's reason.
  // The first answer says why (the idle minutes); the calls still in flight then only find
  // nobody signed in, and must not replace that reason.
  const signedOut = useCallback(
    (e: Error) => {
      setSignedOutBecause((reason) => reason ?? { said: e.message });
      void client.invalidateQueries({ queryKey: ["app-info"] });
    },
    [client],
  );
  useSignedOut(signedOut);
  useEffect(() => {
    if (actor) setSignedOutBecause(undefined);
  }, [actor]);
  // Where the window is: a screen and, when a figure led there, what its list is narrowed to.
  // Each visit is numbered so that a view opened again by another figure starts afresh.
  const [place, setPlace] = useState<Place & { visit: number }>({ screen: "home", visit: 0 });
  const screen = place.screen;
  const go = useCallback((to: Place) => setPlace((p) => ({ ...to, visit: p.visit + 1 })), []);
  const setScreen = useCallback((s: Screen) => go({ screen: s }), [go]);
  // Whoever signs in next starts on Home, never on the screen the last person left open (it
  // may be half-filled with their work, or show what the next person's role may not do).
  const signedIn = !!actor;
  useEffect(() => {
    if (!signedIn) setScreen("home");
  }, [signedIn, setScreen]);
  useIdleSignOut(info.data?.idle_minutes, !!actor, idle);
  useEffect(() => {
    if (!signedIn) return;
    // A failure here is said when the screen is opened (its own reading fails the same way).
    const later = setTimeout(() => loadInsights().catch(() => undefined), INSIGHTS_READ_AFTER_MS);
    return () => clearTimeout(later);
  }, [signedIn]);
  useScreenKeys(setScreen);
  const reason = signedOutBecause
    ? "idleMinutes" in signedOutBecause
      ? t("app.signedOut.idle", { minutes: signedOutBecause.idleMinutes })
      : signedOutBecause.said
    : undefined;
  const switchUser = () => {
    setSignedOutBecause(undefined);
    void backend.signOut().then(() => client.invalidateQueries());
  };
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">✓</span>
          <span>Custody</span>
        </div>
        <div className="site">{siteName ? siteName : info.isPending ? "" : t("app.noDatabase")}</div>
        <div className="who">{actor ? <Who actor={actor} onSwitch={switchUser} /> : null}</div>
      </header>
      {info.data && info.data.integrity.length > 0 ? <IntegrityAlarm info={info.data} /> : null}
      {info.isError ? (
        <p role="alert" className="error pad">
          {info.error.message}
        </p>
      ) : null}
      {info.data && !siteName ? <FirstRun database={info.data.database ?? ""} choosable={info.data.database_choosable} /> : null}
      {siteName && !actor ? <SignIn reason={reason} /> : null}
      {siteName && actor ? (
        <div className="workspace">
          <nav className="sidebar" aria-label={t("app.screens")}>
            {SCREENS.map((s) => (
              <Button
                key={s.id}
                variant="bare"
                className={screen === s.id ? "nav-item on" : "nav-item"}
                aria-current={screen === s.id ? "page" : undefined}
                onPress={() => setScreen(s.id)}
                aria-keyshortcuts={`Alt+${s.key}`}
              >
                {t(s.label)}
              </Button>
            ))}
          </nav>
          <main>
            <CurrentScreen place={place} go={go} />
          </main>
        </div>
      ) : null}
      <StatusBar info={info.data} go={go} />
    </div>
  );
}

/** Who is signed in, with their role, and the way to hand the window to someone else. */
function Who({ actor, onSwitch }: { actor: User; onSwitch(): void }) {
  const t = useT();
  return (
    <>
      <span>
        {actor.name} <span className="muted">({t("app.role", { role: actor.role })})</span>
      </span>
      <Button variant="bare" className="switch-user" onPress={onSwitch}>
        {t("app.switchUser")}
      </Button>
    </>
  );
}

/** The bottom line: the database file, the start-up check and long work while they run, and the
 * signed-in person's ledger check, national verifications waiting, hub status and backups. */
function StatusBar({ info, go }: { info: AppInfo | undefined; go(to: Place): void }) {
  const t = useT();
  return (
    <footer className="statusbar">
      <span className="muted" dir="ltr">
        {info?.database}
      </span>
      {info && !info.integrity_checked ? (
        <span className="progress file-check" role="status">
          <span className="spinner" aria-hidden="true" /> {t("app.checkingFile")}
        </span>
      ) : null}
      <Progress />
      {info?.actor ? <LedgerCheckButton /> : null}
      {info?.actor ? <VerificationCorner onOpen={() => go({ screen: "verification" })} /> : null}
      {info?.actor ? <SyncCorner info={info} /> : null}
      {info?.actor ? <Backups info={info} /> : null}
    </footer>
  );
}

/** Alt+1…9, Alt+0 and the letters of the last screens move between screens without the mouse. */
function useScreenKeys(setScreen: (s: Screen) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = SCREENS.find((s) => s.key === e.key);
      if (e.altKey && target) {
        e.preventDefault();
        setScreen(target.id);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setScreen]);
}

/** The file failed its check: what is wrong, and the last backup to restore (or who to call). */
function IntegrityAlarm({ info }: { info: AppInfo }) {
  const t = useT();
  const rich = useRich();
  return (
    <div role="alert" className="error pad integrity">
      <h1>{t("app.integrity.title")}</h1>
      <ul>
        {info.integrity.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        {info.last_backup
          ? rich("app.integrity.lastBackup", {
              path: <code dir="ltr">{info.last_backup.path}</code>,
              taken: takenAt(info.last_backup.taken),
              command: <code dir="ltr">custody backup restore {info.last_backup.path} --yes</code>,
            })
          : info.backup_dir
            ? rich("app.integrity.noBackup", { folder: ltr(info.backup_dir) })
            : t("app.integrity.callAdmin")}
      </p>
    </div>
  );
}

/** The screen the person is on; a figure that led there narrows its list (a new visit starts afresh). */
function CurrentScreen({ place, go }: { place: Place & { visit: number }; go(to: Place): void }) {
  switch (place.screen) {
    case "home":
      return <Home go={go} />;
    case "scan":
      return <ScanView />;
    case "stock":
      return <StockView key={place.visit} held={place.held} />;
    case "unit":
      return <UnitView key={place.visit} pack={place.pack} />;
    case "shortages":
      return <ShortagesView />;
    case "expiry":
      return <ExpiryView key={place.visit} within={place.within} expiringOnly={place.expiringOnly} />;
    case "replenish":
      return <ReplenishView />;
    case "counts":
      return <CountsView />;
    case "recalls":
      return <RecallsView />;
    case "insights":
      return <InsightsScreen />;
    case "verification":
      return <VerificationView go={go} />;
    case "settings":
      return <SettingsView languageMenu={<LanguageSetting />} />;
    case "reports":
      return <ReportsView key={place.visit} initial={place.auditDay ? { ...emptyForm("audit-extract"), from: place.auditDay, to: place.auditDay } : undefined} />;
    default:
      return null;
  }
}

/** Insights, drawn at once when its script has been read, else once it is. Which of the two is
 *  chosen when the screen opens and kept while it is open, so that the script arriving does not
 *  draw the screen afresh (its tab and filters lost). */
function InsightsScreen() {
  const [read] = useState(() => insightsRead);
  if (read) return <read.InsightsView />;
  return (
    <Suspense fallback={<InsightsLoading />}>
      <LazyInsightsView />
    </Suspense>
  );
}

function InsightsLoading() {
  const t = useT();
  return <p className="muted">{t("insights.loading")}</p>;
}

/** What long work is doing, while it runs. */
function Progress() {
  const t = useT();
  const backend = useBackend();
  const [message, setMessage] = useState("");
  useEffect(() => backend.onProgress(setMessage), [backend]);
  return message ? (
    <span className="progress" role="status" aria-label={t("app.progress")}>
      <span className="spinner" aria-hidden="true" /> {message}
    </span>
  ) : null;
}
