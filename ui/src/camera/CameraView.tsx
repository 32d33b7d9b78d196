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
import { Taker } from "./taker";

/** Where the camera chosen on this computer is remembered. */
const CHOSEN = "custody.camera";

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
}

export function CameraView({ onScan, onClose }: Props) {
  const t = useT();
  const [deviceId, setDeviceId] = useState<string | null>(() => localStorage.getItem(CHOSEN));
  const video = useRef<HTMLVideoElement>(null);
  const camera = useCameraSource(video, deviceId);
  const sight = useSight(video, camera.state === "live", onScan);
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

/** The picture source shown in `video`: opened when the view opens or the camera changes, closed
 * when it closes; the cameras to choose from once one is open. */
function useCameraSource(video: RefObject<HTMLVideoElement | null>, deviceId: string | null) {
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
    openSource(deviceId, testSymbols)
      .then(async (opened) => {
        if (closed) return opened.stop();
        source = opened;
        const v = video.current;
        if (v) {
          v.srcObject = opened.stream;
          await v.play().catch(() => undefined);
        }
        setState("live");
        setCameras(testSymbols ? [] : await listCameras().catch(() => []));
      })
      .catch((e: unknown) => {
        if (!closed) setState(troubleOf(e));
      });
    return () => {
      closed = true;
      source?.stop();
    };
  }, [deviceId, testSymbols, attempt, video]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, cameras, retry };
}

/** What the camera sees: each frame's codes in the guide box go to the taker, and a code taken
 * goes to `onScan`; what to tell the person, and the reader's speed. */
function useSight(video: RefObject<HTMLVideoElement | null>, live: boolean, onScan: (raw: string) => void) {
  const taker = useRef(new Taker());
  const [hint, setHint] = useState<"hold" | "taken">("hold");
  const [takenAt, setTakenAt] = useState(0);
  const [now, setNow] = useState(0);
  const onCodes = (codes: SeenCode[], at: number) => {
    const taken = taker.current.see(
      codes.map((c) => c.raw),
      at,
    );
    setNow(at);
    if (taken) {
      setTakenAt(at);
      setHint("taken");
      onScan(taken);
    } else if (at - takenAt > 1500) setHint("hold");
  };
  const reader = useFrameReader(video, live, onCodes);
  return {
    hint,
    justTaken: takenAt > 0 && now - takenAt < 800,
    stats: reader.stats,
    error: reader.error,
    reset: () => taker.current.reset(),
  };
}
