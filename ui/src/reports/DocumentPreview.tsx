// A report model shown on screen: the same blocks the PDF prints. Print renders the whole report
// (every row, not the preview's first 200) as HTML outside the app's screens and asks the
// webview to print it: WebKitGTK cannot show the PDF, so this is how a report reaches paper from
// the app. print.css hides everything else on paper, starts each section on a new page and
// repeats a table's header on every page; the PDF can still be saved beside it.
import { useEffect, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { Barcode, Block, Document, SymbolDrawing } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import "./print.css";

/** The preview shows this many rows of a table; the printed rendering and the PDF show all. */
const PREVIEW_ROWS = 200;
/** The preview shows this many labels; the printed rendering shows all. */
const PREVIEW_LABELS = 12;

/** A GS1 DataMatrix as custody-api drew it (for a report printed from here: Arabic), with the
 *  quiet zone of one module round it that scanners need. Dark on white whatever the theme. */
function DataMatrix({ drawing, label }: { drawing: SymbolDrawing; label: string }) {
  const side = drawing.side + 2;
  return (
    <svg className="dm-symbol" viewBox={`-1 -1 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={-1} y={-1} width={side} height={side} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}

/** Arabic letters: a word with none is a code, a number or a date. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** A label's line with each run of words that hold no Arabic letter (a lot, a serial, an ISO
 *  date, a reason typed in English) kept left to right as one piece, so that in an Arabic line
 *  "2028-06-11" is never turned round, a serial such as "48HNMALR0002853" never cut in two and
 *  an English phrase keeps its word order. */
export function LabelLine({ text }: { text: string }) {
  const pieces: { ltr: boolean; text: string }[] = [];
  for (const word of text.split(/(\s+)/)) {
    const ltr = word.trim() === "" ? null : !ARABIC.test(word);
    const last = pieces.at(-1);
    // Spaces join the piece before them; a word starts a new piece when its direction changes.
    if (last && (ltr === null || ltr === last.ltr)) last.text += word;
    else pieces.push({ ltr: ltr ?? false, text: word });
  }
  return (
    <div dir="auto">
      {pieces.map((p, i) => {
        const trimmed = p.text.trimEnd();
        return p.ltr ? (
          <span key={i}>
            <bdi dir="ltr">{trimmed}</bdi>
            {p.text.slice(trimmed.length)}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        );
      })}
    </div>
  );
}

/** One code with its symbol and its lines, the first in bold. Each line takes the direction of
 *  its first letter (an Arabic line right to left), its codes left to right. */
function Label({ code }: { code: Barcode }) {
  const [first, ...rest] = code.lines;
  return (
    <figure className="doc-label">
      {code.drawing ? <DataMatrix drawing={code.drawing} label={`GS1 DataMatrix ${code.lines.at(-1) ?? ""}`} /> : null}
      <figcaption>
        <strong>{first}</strong>
        {rest.map((l, i) => (
          <LabelLine key={i} text={l} />
        ))}
      </figcaption>
    </figure>
  );
}

function BlockView({ block, all }: { block: Block; all?: boolean }) {
  const t = useT();
  switch (block.type) {
    case "heading":
      return <h3>{block.text}</h3>;
    case "paragraph":
      return <p>{block.text}</p>;
    case "facts":
      return (
        <dl className="facts">
          {block.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "table": {
      const shown = all ? block.rows : block.rows.slice(0, PREVIEW_ROWS);
      return (
        <div className="doc-table">
          <h4>{block.name}</h4>
          <table>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c.title} className={c.numeric ? "num" : undefined}>
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={i}>
                  {block.columns.map((c, j) => (
                    <td key={c.title} className={c.numeric ? "num" : undefined}>
                      {c.checkbox ? "☐" : r[j]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {block.rows.length === 0 ? <p className="muted">{block.empty}</p> : null}
          {block.rows.length > shown.length ? (
            <p className="muted">{t("reports.doc.moreRows", { n: block.rows.length - shown.length })}</p>
          ) : null}
        </div>
      );
    }
    case "signatures":
      return (
        <div className="signatures">
          {block.roles.map((r) => (
            <div key={r}>{t("reports.doc.signature", { role: r })}</div>
          ))}
        </div>
      );
    case "barcode":
      return block.drawing ? (
        <Label code={block} />
      ) : (
        <p className="mono">
          [GS1 DataMatrix] {block.lines.join(" · ")}
        </p>
      );
    case "labels": {
      // Symbols are drawn only where the report is printed from here (see custody-api's preview).
      const drawn = block.labels.some((l) => l.drawing);
      const shown = all ? block.labels : block.labels.slice(0, PREVIEW_LABELS);
      return (
        <>
          <p className={drawn ? "muted doc-labels-count" : "muted"}>{t("reports.doc.labels", { n: block.labels.length })}</p>
          {drawn ? (
            <div className="doc-labels">
              {shown.map((l, i) => (
                <Label key={i} code={l} />
              ))}
            </div>
          ) : null}
        </>
      );
    }
  }
}

/** The document's title lines, on screen and on paper. */
function DocHead({ doc }: { doc: Document }) {
  const t = useT();
  return (
    <>
      {doc.banner ? <div className="doc-banner">{doc.banner}</div> : null}
      <h2>{doc.title}</h2>
      <p className="muted">
        {t("reports.doc.generated", { site: doc.site, at: doc.generated_at, by: doc.generated_by })}
        <br />
        {t("reports.doc.covers", { covers: doc.covers })}
      </p>
    </>
  );
}

/** The blocks cut into sections at each heading: on paper each section starts a page. */
export function sections(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  for (const b of blocks) {
    if (b.type === "heading" && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(b);
  }
  out.push(current);
  return out;
}

/** The whole report as printed: every row of every table, sections on pages of their own. */
export function PrintedDocument({ doc }: { doc: Document }) {
  return (
    <div className="print-root doc" aria-hidden="true" data-testid="print-root">
      {sections(doc.blocks).map((section, i) => (
        <section key={i} className="print-section">
          {i === 0 ? <DocHead doc={doc} /> : null}
          {section.map((b, j) => (
            <BlockView key={j} block={b} all />
          ))}
        </section>
      ))}
    </div>
  );
}

/** The preview with Print (the full rendering, printed by the webview) and, beside it, whatever
 * else the screen offers (saving the PDF). */
export function DocumentPreview({ doc, actions }: { doc: Document; actions?: ReactNode }) {
  const t = useT();
  // Each press renders the document for print and then prints it (after the render is in the
  // page); the rendering stays until the preview closes, hidden on screen.
  const [prints, setPrints] = useState(0);
  useEffect(() => {
    if (prints > 0) window.print();
  }, [prints]);
  return (
    <>
      <div className="actions doc-actions">
        <Button variant="primary" onPress={() => setPrints((n) => n + 1)}>
          {t("reports.doc.print")}
        </Button>
        {actions}
      </div>
      <article className="doc" aria-label={t("reports.doc.previewOf", { title: doc.title })}>
        <DocHead doc={doc} />
        {doc.blocks.map((b, i) => (
          <BlockView key={i} block={b} />
        ))}
      </article>
      {prints > 0 ? createPortal(<PrintedDocument doc={doc} />, document.body) : null}
    </>
  );
}
