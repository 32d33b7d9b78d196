// A report model shown on screen: the same blocks the PDF prints.
import type { Block, Document } from "../bindings";

function BlockView({ block }: { block: Block }) {
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
      const shown = block.rows.slice(0, 200);
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
            <p className="muted">… and {(block.rows.length - shown.length).toLocaleString("en-GB")} more rows in the PDF and CSV.</p>
          ) : null}
        </div>
      );
    }
    case "signatures":
      return (
        <div className="signatures">
          {block.roles.map((r) => (
            <div key={r}>
              {r}: ______________________ Date: __________
            </div>
          ))}
        </div>
      );
    case "barcode":
      return (
        <p className="mono">
          [GS1 DataMatrix] {block.lines.join(" · ")}
        </p>
      );
    case "labels":
      return <p className="muted">{block.labels.length} label(s) with their GS1 DataMatrix, two to a row.</p>;
  }
}

export function DocumentPreview({ doc }: { doc: Document }) {
  return (
    <article className="doc" aria-label={`Preview of ${doc.title}`}>
      {doc.banner ? <div className="doc-banner">{doc.banner}</div> : null}
      <h2>{doc.title}</h2>
      <p className="muted">
        {doc.site} · generated {doc.generated_at} by {doc.generated_by}
        <br />
        Covers: {doc.covers}
      </p>
      {doc.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </article>
  );
}
