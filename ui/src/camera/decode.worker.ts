// The camera's code reader, off the UI thread: zxing-cpp compiled to WebAssembly (zxing-wasm's
// reader build), served from the app itself — never fetched from the network. Each frame arrives
// as the pixels of one video frame and goes back as the codes in it, each with its symbology
// identifier and its data exactly as a scanner sends them (text mode "Plain" keeps FNC1 as GS),
// so Custody's one GS1 decoder reads a camera's code as it reads a scanner's keystrokes.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from "zxing-wasm/reader";
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
import type { FrameRequest, FrameResult, SeenCode } from "./frames";

prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path) },
});

/** GS1 DataMatrix first; GS1 QR, GS1-128 and EAN for the packs that carry them. The thorough
 * pass on the guide box alone (a few milliseconds); not inverted or downscaled: a pack's code is
 * dark on light, and the next frame is a fifteenth of a second away. */
const OPTIONS: ReaderOptions = {
  formats: ["DataMatrix", "QRCode", "Code128", "EAN13", "EAN8"],
  tryHarder: true,
  tryInvert: false,
  tryDownscale: false,
  maxNumberOfSymbols: 4,
  textMode: "Plain",
};

self.onmessage = async (event: MessageEvent<FrameRequest>) => {
  const { id, image } = event.data;
  const started = performance.now();
  try {
    const results = await readBarcodes(image, OPTIONS);
    const codes: SeenCode[] = results
      .filter((r) => r.isValid && r.symbologyIdentifier)
      .map((r) => ({
        raw: r.symbologyIdentifier + r.text,
        format: r.format,
        corners: [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft].map((p) => ({ x: p.x, y: p.y })),
      }));
    const answer: FrameResult = { id, codes, ms: performance.now() - started };
    self.postMessage(answer);
  } catch (e) {
    const answer: FrameResult = { id, codes: [], ms: performance.now() - started, error: String(e) };
    self.postMessage(answer);
  }
};
