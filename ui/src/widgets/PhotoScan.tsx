// A photo of a pack read for its codes: a ward's photo dropped on the panel, pasted (Ctrl+V) or
// chosen as a file. custody-api's `decode_photo` finds every code and decodes each as a scan of
// it would be; the person sees what each says and sends the right one on as a scan. Nothing is
// sent by itself, even when the photo holds one code: a ward's photo may show the wrong pack.
// A panel in place or inside a dialog.
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from "react";
import { FileTrigger } from "react-aria-components";
import { useBackend } from "../backend/context";
import type { PhotoCode, PhotoFields, PhotoRequest } from "../bindings";
import { useFormat, useLang, useT } from "../i18n/I18n";
import { intlLocale } from "../i18n/lang";
import { Button } from "./controls";
import { isTextField } from "./scanner";

/** The largest photo sent, as custody-api's `MAX_PHOTO_BYTES`: a larger file is refused here,
 *  before it is read into memory and sent. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

/** The file in a paste or a drop (a screenshot, a picture copied from a message or a file
 *  manager), if there is one; any type, so a HEIC photo gets the decoder's own words. */
export function photoFrom(data: DataTransfer | null): File | null {
  if (!data) return null;
  const file = Array.from(data.files ?? [])[0];
  if (file) return file;
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind === "file") return item.getAsFile();
  }
  return null;
}

/** Calls `onPhoto` with a picture pasted anywhere on the page (Ctrl+V); a paste of text is left
 *  to the field it goes to. `null` listens to nothing (a screen turns its own off while a
 *  PhotoScan panel, which listens itself, is open). */
export function usePhotoPaste(onPhoto: ((file: File) => void) | null) {
  const latest = useRef(onPhoto);
  useEffect(() => {
    latest.current = onPhoto;
  });
  const listening = onPhoto !== null;
  useEffect(() => {
    if (!listening) return;
    const listener = (e: ClipboardEvent) => {
      if (e.defaultPrevented) return;
      // Text pasted into a field stays text, even when the clipboard also holds a picture of it
      // (cells copied from a spreadsheet carry both).
      if (isTextField(document.activeElement) && e.clipboardData?.types.includes("text/plain")) return;
      const file = photoFrom(e.clipboardData);
      if (!file || !latest.current) return;
      e.preventDefault();
      latest.current(file);
    };
    window.addEventListener("paste", listener);
    return () => window.removeEventListener("paste", listener);
  }, [listening]);
}

/** A file's bytes as base64 for the api, and as a `data:` URL to show it (the window's content
 *  policy lets images come from `data:`, not from `blob:`). */
export function readPhoto(file: Blob): Promise<{ dataUrl: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve({ dataUrl, base64: dataUrl.slice(dataUrl.indexOf(",") + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}

/** What the file chooser offers: JPEG and PNG, and HEIC too, so a phone's HEIC photo can be chosen
 *  and its refusal says what to do, rather than the photo being missing from the list. */
const PICKED = [".jpg", ".jpeg", ".png", ".heic", ".heif", "image/jpeg", "image/png", "image/heic", "image/heif"];

interface Props {
  onScan(raw: string): void;
  onClose(): void;
  /** Offered when no code can be read: type the printed lines instead. */
  onHandEntry?(): void;
  /** A photo to read at once (one pasted on the scan screen before the panel opened). */
  photo?: File | null;
}

/** What is being read or was read: the photo as shown, and what went wrong before the api. */
interface Taken {
  name: string | null;
  dataUrl: string | null;
  problem: { key: string; values?: Record<string, string | number> } | null;
}

export function PhotoScan({ onScan, onClose, onHandEntry, photo }: Props) {
  const t = useT();
  const titleId = useId();
  const backend = useBackend();
  const [taken, setTaken] = useState<Taken | null>(null);
  const [over, setOver] = useState(false);
  const [sent, setSent] = useState<ReadonlySet<number>>(new Set());
  const read = useMutation({ mutationFn: (r: PhotoRequest) => backend.call("decode_photo", r) });
  const { mutate, reset } = read;
  // Each photo taken gets a number: a large one still being read from disk when the next one is
  // dropped must not be sent after it.
  const latest = useRef(0);

  const take = useCallback(
    (file: File) => {
      const name = file.name || null;
      const n = ++latest.current;
      reset();
      setSent(new Set());
      if (file.size > MAX_PHOTO_BYTES) {
        const megabytes = Math.ceil(file.size / (1024 * 1024));
        setTaken({ name, dataUrl: null, problem: { key: "entry.photo.tooLarge", values: { megabytes, limit: MAX_PHOTO_BYTES / (1024 * 1024) } } });
        return;
      }
      setTaken({ name, dataUrl: null, problem: null });
      readPhoto(file).then(
        ({ dataUrl, base64 }) => {
          if (n !== latest.current) return;
          setTaken({ name, dataUrl, problem: null });
          mutate({ bytes_base64: base64, name });
        },
        () => n === latest.current && setTaken({ name, dataUrl: null, problem: { key: "entry.photo.notRead" } }),
      );
    },
    [mutate, reset],
  );

  usePhotoPaste(take);
  useEffect(() => {
    if (photo) take(photo);
  }, [photo, take]);

  const onDragOver = (e: DragEvent) => {
    // Without this the page would not be a drop target, and the webview would open the file.
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = photoFrom(e.dataTransfer);
    if (file) take(file);
  };

  const codes = read.data;
  const use = (i: number, code: PhotoCode) => {
    setSent((s) => new Set(s).add(i));
    onScan(code.scan_input);
  };

  return (
    <section className="photo-scan" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("entry.photo.title")}</h2>
      <div
        className={over ? "photo-drop over" : "photo-drop"}
        role="group"
        aria-label={t("entry.photo.dropLabel")}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t("entry.photo.drop")}</p>
        <FileTrigger acceptedFileTypes={PICKED} onSelect={(files) => files?.[0] && take(files[0])}>
          <Button>{t("entry.photo.choose")}</Button>
        </FileTrigger>
      </div>
      {taken?.problem ? (
        <p role="alert" className="error">
          {t(taken.problem.key, taken.problem.values)}
        </p>
      ) : null}
      {taken && !taken.problem && (read.isIdle || read.isPending) ? (
        <p role="status" className="muted">
          {taken.name ? t("entry.photo.reading", { name: taken.name }) : t("entry.photo.readingPasted")}
        </p>
      ) : null}
      {read.error ? (
        <p role="alert" className="error">
          {read.error.message}
        </p>
      ) : null}
      {codes && codes.length === 0 ? (
        <div role="status">
          <p className="strong">{t("entry.photo.none")}</p>
          <p className="muted">{t("entry.photo.noneHint")}</p>
        </div>
      ) : null}
      {codes && codes.length > 0 ? (
        <div className="photo-result">
          {taken?.dataUrl ? <Preview dataUrl={taken.dataUrl} codes={codes} /> : null}
          <div className="photo-found">
            <p role="status" className="strong">
              {t("entry.photo.found", { count: codes.length })}
            </p>
            <p className="muted">{t("entry.photo.check")}</p>
            <ol className="photo-codes">
              {codes.map((code, i) => (
                <FoundCode key={`${i}-${code.scan_input}`} n={i + 1} code={code} sent={sent.has(i)} onUse={() => use(i, code)} only={codes.length === 1} />
              ))}
            </ol>
          </div>
        </div>
      ) : null}
      <div className="actions">
        {onHandEntry ? (
          <Button onPress={onHandEntry} variant={codes?.length === 0 || read.error ? "primary" : undefined}>
            {t("entry.photo.handEntry")}
          </Button>
        ) : null}
        <Button onPress={onClose}>{t("entry.photo.close")}</Button>
      </div>
    </section>
  );
}

const KIND: Record<PhotoCode["format"], string> = {
  data_matrix: "entry.photo.kind.dataMatrix",
  qr_code: "entry.photo.kind.qrCode",
  code128: "entry.photo.kind.code128",
  ean13: "entry.photo.kind.ean13",
  ean8: "entry.photo.kind.ean8",
};

/** One code found: its number on the photo, what it says (or why it cannot be used), and the
 *  button that sends it on as a scan. */
function FoundCode({ n, code, sent, onUse, only }: { n: number; code: PhotoCode; sent: boolean; onUse(): void; only: boolean }) {
  const t = useT();
  return (
    <li className="photo-code" aria-label={t("entry.photo.code", { n })}>
      <div className="photo-code-head">
        <span className="photo-code-n" aria-hidden="true">
          {n}
        </span>
        <span>{t(KIND[code.format])}</span>
      </div>
      {code.decoded ? <Fields fields={code.decoded} /> : null}
      {code.refusal ? <p className="error">{code.refusal.message}</p> : null}
      {code.decoded ? (
        // One code alone takes the focus: Enter confirms it, after a look at what it says.
        <Button variant="primary" onPress={onUse} isDisabled={sent} autoFocus={only}>
          {sent ? t("entry.photo.used") : t("entry.photo.use")}
        </Button>
      ) : null}
    </li>
  );
}

/** A code's pack fields in words; its AIs with their GS1 titles when it has none of them. */
function Fields({ fields }: { fields: PhotoFields }) {
  const t = useT();
  const format = useFormat();
  const lang = useLang();
  const expiry = fields.expiry ? new Date(`${fields.expiry}T12:00:00`) : null;
  const rows: Array<[string, string]> = [];
  if (fields.gtin) rows.push([t("entry.photo.gtin"), fields.gtin]);
  if (fields.serial) rows.push([t("entry.photo.serial"), fields.serial]);
  if (fields.lot) rows.push([t("entry.photo.lot"), fields.lot]);
  if (expiry) {
    const month = new Intl.DateTimeFormat(intlLocale(lang), { month: "long", year: "numeric" }).format(expiry);
    rows.push([t("entry.photo.expiry"), fields.expiry_month_only ? t("entry.photo.monthOnly", { month }) : format.date(expiry)]);
  }
  if (rows.length === 0) for (const e of fields.elements) rows.push([`(${e.ai}) ${e.title}`, e.value]);
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="mono">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The photo with each code's place outlined and numbered, so the person can tell which pack
 *  each line below is. The places are in the photo's pixels as a viewer turns it upright, which
 *  is how the webview shows it too. */
function Preview({ dataUrl, codes }: { dataUrl: string; codes: PhotoCode[] }) {
  const t = useT();
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  return (
    <div className="photo-preview">
      <img src={dataUrl} alt={t("entry.photo.preview")} onLoad={(e) => setSize({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })} />
      {size ? (
        <svg viewBox={`0 0 ${size.w} ${size.h}`} aria-hidden="true" preserveAspectRatio="none">
          {codes.map((c, i) => {
            const b = c.bounds;
            const stroke = Math.max(2, size.w / 200);
            const font = Math.max(14, size.w / 30);
            return (
              <g key={i}>
                <rect x={b.left} y={b.top} width={b.right - b.left} height={b.bottom - b.top} strokeWidth={stroke} />
                <text x={b.left} y={Math.max(font, b.top - stroke * 2)} fontSize={font}>
                  {i + 1}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
    </div>
  );
}
