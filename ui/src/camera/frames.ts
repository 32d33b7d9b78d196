// What the page and the camera's reader (decode.worker.ts) say to each other.

export interface Point {
  x: number;
  y: number;
}

/** One frame's guide box to read. */
export interface FrameRequest {
  id: number;
  image: ImageData;
}

/** A code seen in a frame: what a scanner would have sent (symbology identifier and data, GS
 * kept) and where it is in the guide box, corners clockwise from the top left. */
export interface SeenCode {
  raw: string;
  format: string;
  corners: Point[];
}

/** The codes of one frame, and how long reading it took. */
export interface FrameResult {
  id: number;
  codes: SeenCode[];
  ms: number;
  /** The reader could not run (its WebAssembly did not load). */
  error?: string;
}

/** The guide box: the middle of the frame, where the person holds the code. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The guide box of a frame `width` × `height`: 70 % of its height, square, in the middle. Only
 * the box is read: a code elsewhere in view (the next pack on the counter) is not taken, and
 * the reader, with a fifth of a 720p frame's pixels, can afford its thorough pass — which finds
 * a 4-pixel-per-module symbol anywhere in the box at any angle, where the fast pass misses one
 * away from the middle (ui/scripts/camera-rate.mjs). */
export function guideBox(width: number, height: number): Box {
  const side = Math.round(Math.min(width, height) * 0.7);
  return { left: Math.round((width - side) / 2), top: Math.round((height - side) / 2), width: side, height: side };
}
