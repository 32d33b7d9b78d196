import { useQuery } from "@tanstack/react-query";
import { useBackend } from "./backend/context";
import { StockView } from "./stock/StockView";

export function App() {
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const site = info.data?.site;
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">✓</span>
          <span>Custody</span>
        </div>
        <div className="site">{site ? site.name : info.isPending ? "" : "Database not set up"}</div>
        <div className="who">
          {info.data?.actor ? (
            <span>
              {info.data.actor.name} <span className="muted">({info.data.actor.role})</span>
            </span>
          ) : null}
        </div>
      </header>
      {info.isError ? (
        <p role="alert" className="error pad">
          {info.error.message}
        </p>
      ) : null}
      {info.data && !site ? (
        <div className="empty pad">
          <h1>This database is not set up yet</h1>
          <p>
            Set it up with <code>custody --db {info.data.database} init …</code>, or run <code>make run</code> to open the
            demonstration data.
          </p>
        </div>
      ) : null}
      {site ? (
        <main>
          <div className="summary" aria-label="Store summary">
            <Figure label="Products" value={info.data?.summary.products} />
            <Figure label="Locations" value={info.data?.summary.locations} />
            <Figure label="Packs held" value={info.data?.summary.units_held} />
            <Figure label="Ledger events" value={info.data?.summary.events} />
          </div>
          <StockView />
        </main>
      ) : null}
      <footer className="statusbar">
        <span className="muted">{info.data?.database}</span>
      </footer>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <div className="figure">
      <div className="figure-value">{value?.toLocaleString("en-GB") ?? "—"}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}
