// The live camera view: any camera as a scanner. The picture fills a frame with a guide box in
// the middle; a code held in the box is read off the UI thread (reader.ts) and, once read in two
// frames close together, handed to the screen as a scan — the same `onScan` a scanner's
// keystrokes reach, so the verdict, its sound and the session list are the screen's own. The
// same pack held in view is taken once (taker.ts). Troubles are said in words a nurse can act
// on, with a way to try again; the camera chosen is remembered on this computer.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useBackend } from "../backend/context";
import type { TestSymbol } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { guideBox, type SeenCode } from "./frames";
import { useFrameReader, type ReaderStats } from "./reader";
import { listCameras, openSource, troubleOf, type Camera, type CameraTrouble, type Source } from "./source";
import { isGs1, Taker, worthTaking } from "./taker";

/** Where the camera chosen on this computer is remembered. */
const CHOSEN = "custody.camera";

/** An open camera with nothing read for this long closes: left open on a receiving screen, it
 * would record whatever is set down in front of it with no one scanning. */
const IDLE_CLOSE_MS = 5 * 60_000;

/** What each trouble tells the person to do. */
const TROUBLE: Record<CameraTrouble, string> = {
  denied: "camera.trouble.denied",
  none: "camera.trouble.none",
  busy: "camera.trouble.busy",
  unavailable: "camera.trouble.unavailable",
  failed: "camera.trouble.failed",
};

/** What the person is told while the camera is live. */
const HINT = { hold: "camera.hint.hold", taken: "camera.hint.taken" } as const;

interface Props {
  /** A code read: what a scanner would have sent. */
  onScan(raw: string): void;
  onClose(): void;
  /** The screen takes no scan now (it is asking something or sending one): codes in view are
   * not taken, and those taken before stay taken. */
  paused?: boolean;
}

export function CameraView({ onScan, onClose, paused = false }: Props) {
  const t = useT();
  const [deviceId, setDeviceId] = useState<string | null>(() => localStorage.getItem(CHOSEN));
  const video = useRef<HTMLVideoElement>(null);
  const camera = useCameraSource(video, deviceId, () => {
    // The camera remembered here is gone (unplugged, another computer's): the default one.
    localStorage.removeItem(CHOSEN);
    setDeviceId(null);
  });
  const sight = useSight(video, camera.state === "live", paused, onScan);
  useClosing(onClose, sight.lastRead);
  const choose = (id: string) => {
    localStorage.setItem(CHOSEN, id);
    sight.reset();
    setDeviceId(id);
  };
  const box = guideBox(sight.stats?.width || 1280, sight.stats?.height || 720);
  const w = sight.stats?.width || 1280;
  const h = sight.stats?.height || 720;
  return (
    <section className="camera-view" aria-label={t("camera.title")}>
      <header className="camera-header">
        <h2>{t("camera.title")}</h2>
        {camera.cameras.length > 1 ? (
          <label>
            {t("camera.choose")}
            <select value={deviceId ?? ""} onChange={(e) => choose(e.target.value)}>
              {deviceId ? null : <option value="">{t("camera.default")}</option>}
              {camera.cameras.map((c, i) => (
                <option key={c.id} value={c.id}>
                  {c.label || t("camera.numbered", { n: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Button onPress={onClose}>{t("camera.close")}</Button>
      </header>
      {camera.state !== "live" && camera.state !== "opening" ? (
        <div className="camera-trouble" role="alert">
          <p>{t(TROUBLE[camera.state])}</p>
          <Button onPress={camera.retry}>{t("camera.retry")}</Button>
        </div>
      ) : (
        <div className="camera-frame" style={{ aspectRatio: `${w} / ${h}` }}>
          <video ref={video} muted playsInline autoPlay aria-label={t("camera.picture")} />
          <div
            className={`camera-guide${sight.justTaken ? " taken" : ""}`}
            style={{ left: `${(100 * box.left) / w}%`, top: `${(100 * box.top) / h}%`, width: `${(100 * box.width) / w}%`, height: `${(100 * box.height) / h}%` }}
          />
        </div>
      )}
      <p className="camera-status" role="status">
        {camera.state === "opening" ? t("camera.opening") : sight.error ? t("camera.readerFailed", { reason: sight.error }) : t(HINT[sight.hint])}
      </p>
      <Speed stats={sight.stats} />
    </section>
  );
}

/** How fast the reader keeps up, for whoever wonders why a code is slow to read. */
function Speed({ stats }: { stats: ReaderStats | null }) {
  const t = useT();
  if (!stats) return null;
  return (
    <p className="hint camera-speed" data-fps={stats.fps} data-ms={Math.round(stats.ms)} data-grab-ms={Math.round(stats.grabMs)} data-size={`${stats.width}x${stats.height}`} data-box={stats.box}>
      {t("camera.speed", { fps: stats.fps, ms: Math.round(stats.ms), width: stats.width, height: stats.height })}
    </p>
  );
}

type SourceState = "opening" | "live" | CameraTrouble;

/** Closes the view when nothing was read for `IDLE_CLOSE_MS`, and when the window is hidden. */
function useClosing(onClose: () => void, lastRead: number) {
  const latest = useRef(onClose);
  latest.current = onClose;
  useEffect(() => {
    const timer = window.setTimeout(() => latest.current(), IDLE_CLOSE_MS);
    return () => window.clearTimeout(timer);
  }, [lastRead]);
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") latest.current();
    };
    document.addEventListener("visibilitychange", hidden);
    return () => document.removeEventListener("visibilitychange", hidden);
  }, []);
}

/** The picture source shown in `video`: opened when the view opens or the camera changes, closed
 * when it closes; the cameras to choose from (listed even when opening failed, so another can
 * be chosen). A camera remembered here that is gone is forgotten (`onGone`); one that stops
 * while open (unplugged, the computer asleep) is a trouble with a way to try again. */
function useCameraSource(video: RefObject<HTMLVideoElement | null>, deviceId: string | null, onGone: () => void) {
  const backend = useBackend();
  const test = useQuery({ queryKey: ["camera-test-source"], queryFn: () => backend.cameraTestSource(), staleTime: Infinity });
  const [state, setState] = useState<SourceState>("opening");
  const [cameras, setCameras] = useState<Camera[]>([]);
  const [attempt, setAttempt] = useState(0);
  const testSymbols: TestSymbol[] | null | undefined = test.isError ? null : test.data;

  useEffect(() => {
    if (testSymbols === undefined) return;
    let source: Source | null = null;
    let closed = false;
    setState("opening");
    const listed = () => (testSymbols ? Promise.resolve([]) : listCameras().catch(() => []));
    openSource(deviceId, testSymbols)
      .then(async (opened) => {
        if (closed) return opened.stop();
        source = opened;
        for (const track of opened.stream.getVideoTracks()) track.addEventListener("ended", () => !closed && setState("failed"));
        const v = video.current;
        if (v) {
          v.srcObject = opened.stream;
          await v.play().catch(() => undefined);
        }
        if (closed) return;
        setState("live");
        const cameras = await listed();
        if (!closed) setCameras(cameras);
      })
      .catch(async (e: unknown) => {
        if (closed) return;
        const trouble = troubleOf(e);
        if (deviceId && trouble === "none") return onGone();
        setState(trouble);
        const cameras = await listed();
        if (!closed) setCameras(cameras);
      });
    return () => {
      closed = true;
      source?.stop();
    };
    // onGone is the view's own setter: the same for the view's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deviceId, testSymbols, attempt, video]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, cameras, retry };
}

/** What the camera sees: each frame's codes in the guide box go to the taker (held while the
 * screen is `paused`), and a code taken goes to `onScan`; what to tell the person, when a code
 * was last read, and the reader's speed. */
function useSight(video: RefObject<HTMLVideoElement | null>, live: boolean, paused: boolean, onScan: (raw: string) => void) {
  const taker = useRef(new Taker());
  const lastGs1 = useRef(-Infinity);
  const [hint, setHint] = useState<"hold" | "taken">("hold");
  const [takenAt, setTakenAt] = useState(0);
  const [now, setNow] = useState(0);
  const onCodes = (seen: SeenCode[], at: number) => {
    const codes = worthTaking(
      seen.map((c) => c.raw),
      lastGs1.current,
      at,
    );
    if (codes.some(isGs1)) lastGs1.current = at;
    setNow(at);
    if (paused) return taker.current.hold(codes, at);
    const taken = taker.current.see(codes, at);
    if (taken) {
      setTakenAt(at);
      setHint("taken");
      onScan(taken);
    } else if (at - takenAt > 1500) setHint("hold");
  };
  const reader = useFrameReader(video, live, onCodes);
  return {
    hint,
    lastRead: takenAt,
    justTaken: takenAt > 0 && now - takenAt < 800,
    stats: reader.stats,
    error: reader.error,
    reset: () => taker.current.reset(),
  };
}
