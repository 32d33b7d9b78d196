// What the page and the camera's reader (decode.worker.ts) say to each other.

export interface Point {
  x: number;
  y: number;
}

/** One frame to read. */
export interface FrameRequest {
  id: number;
  image: ImageData;
}

/** A code seen in a frame: what a scanner would have sent (symbology identifier and data, GS
 * kept) and where it is in the frame, corners clockwise from the top left. */
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

/** The guide box of a frame `width` × `height`: 60 % of its height, square, in the middle. */
export function guideBox(width: number, height: number): Box {
  const side = Math.round(Math.min(width, height) * 0.6);
  return { left: Math.round((width - side) / 2), top: Math.round((height - side) / 2), width: side, height: side };
}

/** Whether the code's centre lies in the box. */
export function inBox(code: SeenCode, box: Box): boolean {
  if (code.corners.length === 0) return false;
  const x = code.corners.reduce((s, p) => s + p.x, 0) / code.corners.length;
  const y = code.corners.reduce((s, p) => s + p.y, 0) / code.corners.length;
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}
