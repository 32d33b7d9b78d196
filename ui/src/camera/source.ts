// Where the camera view's pictures come from: the computer's camera (getUserMedia), or in a test
// build the test camera — a canvas filming the GS1 DataMatrix symbols the shell was given
// (`camera_test_source`), captured as a stream exactly like a camera's. Everything after the
// stream (the video, the frames, the reader) is the same for both.
import type { TestSymbol } from "../bindings";

/** Why the camera could not be opened, in the few kinds a person can act on. */
export type CameraTrouble = "denied" | "none" | "busy" | "unavailable" | "failed";

export class CameraError extends Error {
  constructor(
    readonly trouble: CameraTrouble,
    detail: string,
  ) {
    super(detail);
  }
}

/** The kind of trouble behind a getUserMedia failure. */
export function troubleOf(e: unknown): CameraTrouble {
  if (e instanceof CameraError) return e.trouble;
  const name = e instanceof DOMException || e instanceof Error ? e.name : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return "none";
  if (name === "NotReadableError" || name === "TrackStartError" || name === "AbortError") return "busy";
  return "failed";
}

/** A camera the person can choose. */
export interface Camera {
  id: string;
  label: string;
}

/** The cameras of this computer (their names once the camera was allowed). */
export async function listCameras(): Promise<Camera[]> {
  const devices = navigator.mediaDevices?.enumerateDevices ? await navigator.mediaDevices.enumerateDevices() : [];
  return devices.filter((d) => d.kind === "videoinput" && d.deviceId).map((d) => ({ id: d.deviceId, label: d.label }));
}

/** An open picture source: its stream, and how to stop it. */
export interface Source {
  stream: MediaStream;
  stop(): void;
}

/** Opens the camera `deviceId` (or the default one, preferring one facing away from the person),
 * at 720p when it can; the test camera instead when the shell offers one. */
export async function openSource(deviceId: string | null, test: TestSymbol[] | null): Promise<Source> {
  if (test) return filmSymbols(test);
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError("unavailable", "navigator.mediaDevices is missing");
  const video: MediaTrackConstraints = deviceId
    ? { deviceId: { exact: deviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
    : { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } };
  const stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
  return { stream, stop: () => stream.getTracks().forEach((track) => track.stop()) };
}

/** How long the test camera shows each symbol, then an empty carton before the next. */
const SHOWN_MS = 2500;
const BETWEEN_MS = 1200;
/** The test camera's frame: 720p, like the webcams the clinics use. */
const WIDTH = 1280;
const HEIGHT = 720;
/** Pixels per module: above the 4 a webcam needs, below a close-up. */
const MODULE = 6;

/** The test camera: each symbol once, in order, on a carton, turned a little and moving as a
 * hand holds it, with sensor noise; then the empty carton. */
function filmSymbols(symbols: TestSymbol[]): Source {
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext("2d");
  if (!context || !canvas.captureStream) throw new CameraError("unavailable", "this webview cannot capture a canvas");
  const noise = noiseTiles();
  const started = performance.now();
  const draw = () => {
    const elapsed = performance.now() - started;
    const slot = Math.floor(elapsed / (SHOWN_MS + BETWEEN_MS));
    const showing = elapsed % (SHOWN_MS + BETWEEN_MS) < SHOWN_MS ? symbols[slot] : undefined;
    drawCarton(context, showing ?? null, elapsed);
    // Sensor noise, new every frame: one of a few tiles of light and dark specks, anywhere.
    const tile = noise[Math.floor(Math.random() * noise.length)];
    if (tile) context.drawImage(tile, -Math.random() * 256, -Math.random() * 256);
  };
  draw();
  const timer = window.setInterval(draw, 1000 / 20);
  const stream = canvas.captureStream(20);
  return {
    stream,
    stop: () => {
      window.clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
    },
  };
}

function drawCarton(c: CanvasRenderingContext2D, symbol: TestSymbol | null, elapsed: number) {
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.fillStyle = "#8a8f86";
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // The carton, with its printed lines, held a little off straight.
  const angle = (12 + 4 * Math.sin(elapsed / 700)) * (Math.PI / 180);
  c.translate(WIDTH / 2 + 20 * Math.sin(elapsed / 900), HEIGHT / 2 + 12 * Math.cos(elapsed / 800));
  c.rotate(angle);
  c.fillStyle = "#f4f1ea";
  c.fillRect(-380, -230, 760, 460);
  c.fillStyle = "#444";
  for (let line = 0; line < 4; line++) c.fillRect(60, -150 + line * 40, 240 - line * 30, 12);
  if (symbol) {
    const side = symbol.rows.length * MODULE;
    const left = -side - 40;
    const top = -side / 2;
    c.fillStyle = "#111";
    symbol.rows.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) if (row[x] === "1") c.fillRect(left + x * MODULE, top + y * MODULE, MODULE, MODULE);
    });
  }
  c.setTransform(1, 0, 0, 1, 0, 0);
}

/** Frame-sized sheets of sensor noise (a little larger, to be drawn at an offset), made once. */
function noiseTiles(): HTMLCanvasElement[] {
  return [0, 1, 2, 3].map(() => {
    const tile = document.createElement("canvas");
    tile.width = WIDTH + 256;
    tile.height = HEIGHT + 256;
    const c = tile.getContext("2d");
    for (let i = 0; c && i < 4000; i++) {
      c.fillStyle = i % 2 ? "rgba(255,255,255,0.35)" : "rgba(0,0,0,0.35)";
      c.fillRect(Math.random() * tile.width, Math.random() * tile.height, 2, 2);
    }
    return tile;
  });
}
