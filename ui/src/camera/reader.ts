// Reads the camera's frames off the UI thread: each video frame's guide box is copied once to a
// canvas and its pixels transferred (not copied) to the reader worker. Two frames are in flight at most —
// one being read while the next is copied — so a slow frame never queues work and the page keeps
// its pace. At most fifteen frames a second are read: a code held up to the camera is read in a
// fraction of that.
import { useEffect, useRef, useState, type RefObject } from "react";
import { guideBox, type FrameRequest, type FrameResult, type SeenCode } from "./frames";

/** The fewest milliseconds between two frames read. */
const MIN_INTERVAL_MS = 1000 / 15;

/** Frames copied and not yet read, at most. */
const IN_FLIGHT = 2;

/** How fast the reader keeps up: frames read in the last second, the mean time the reader took
 * per frame, and the mean time copying a frame took on the page. */
export interface ReaderStats {
  fps: number;
  ms: number;
  grabMs: number;
  /** The video's frame, and the side of the guide box read from it. */
  width: number;
  height: number;
  box: number;
}

/** Reads the guide box of `video`'s frames while `running`, giving each frame's codes to
 * `onCodes`; the reader's speed, and why it could not run if it could not. */
export function useFrameReader(
  video: RefObject<HTMLVideoElement | null>,
  running: boolean,
  onCodes: (codes: SeenCode[], at: number) => void,
): { stats: ReaderStats | null; error: string | null } {
  const [stats, setStats] = useState<ReaderStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(onCodes);
  latest.current = onCodes;

  useEffect(() => {
    if (!running) return;
    const worker = new Worker(new URL("./decode.worker.ts", import.meta.url), { type: "module" });
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const done: number[] = [];
    let meanMs = 0;
    let grabMs = 0;
    let id = 0;
    let timer = 0;
    let stopped = false;
    let sentAt = 0;
    let inFlight = 0;
    let waiting = false;
    let frame = { width: 0, height: 0 };

    // The next frame is copied when one is free to go and the pace allows.
    const next = () => {
      if (stopped || waiting || inFlight >= IN_FLIGHT) return;
      waiting = true;
      const wait = Math.max(0, MIN_INTERVAL_MS - (performance.now() - sentAt));
      timer = window.setTimeout(send, wait);
    };
    const send = () => {
      waiting = false;
      const v = video.current;
      if (stopped) return;
      if (!v || !context || v.readyState < 2 || v.videoWidth === 0) {
        waiting = true;
        timer = window.setTimeout(send, 50);
        return;
      }
      const started = performance.now();
      frame = { width: v.videoWidth, height: v.videoHeight };
      const box = guideBox(frame.width, frame.height);
      if (canvas.width !== box.width || canvas.height !== box.height) {
        canvas.width = box.width;
        canvas.height = box.height;
      }
      context.drawImage(v, box.left, box.top, box.width, box.height, 0, 0, box.width, box.height);
      const image = context.getImageData(0, 0, box.width, box.height);
      sentAt = performance.now();
      grabMs = grabMs === 0 ? sentAt - started : grabMs * 0.8 + (sentAt - started) * 0.2;
      const request: FrameRequest = { id: ++id, image };
      inFlight += 1;
      worker.postMessage(request, [image.data.buffer]);
      next();
    };
    worker.onmessage = (event: MessageEvent<FrameResult>) => {
      const result = event.data;
      inFlight -= 1;
      setError(result.error ?? null);
      const now = performance.now();
      done.push(now);
      while (done.length > 0 && (done[0] ?? now) < now - 1000) done.shift();
      meanMs = meanMs === 0 ? result.ms : meanMs * 0.8 + result.ms * 0.2;
      setStats({ fps: done.length, ms: meanMs, grabMs, width: frame.width, height: frame.height, box: canvas.width });
      latest.current(result.codes, now);
      next();
    };
    worker.onerror = (e) => setError(e.message || "the code reader did not start");
    send();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      worker.terminate();
    };
  }, [running, video]);

  return { stats, error };
}
