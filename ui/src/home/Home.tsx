// What needs attention now, each figure a way into the list it counts: the figures above (packs
// and products in stock, movements today) and the tiles (expired, expiring, shortages, recalls,
// quarantined and suspect packs). A tile opens its list already narrowed to what it counted.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { localDay, type Place } from "../nav";
import { Button } from "../widgets/controls";

interface Figure {
  label: string;
  value: number | undefined;
  to: Place;
  /** Red when above 0: something to act on. */
  bad?: boolean;
}

function Count({ value }: { value: number | undefined }) {
  return <>{value === undefined ? "…" : value.toLocaleString("en-GB")}</>;
}

export function Home({ go }: { go(place: Place): void }) {
  const backend = useBackend();
  const a = useQuery({ queryKey: ["attention"], queryFn: () => backend.call("attention", null) });
  const soon = a.data?.soon_days ?? 30;
  const figures: Figure[] = [
    { label: "Packs in stock", value: a.data?.figures.packs_in_stock, to: { screen: "stock" } },
    { label: "Products in stock", value: a.data?.figures.products_in_stock, to: { screen: "stock" } },
    { label: "Movements recorded today", value: a.data?.figures.movements_today, to: { screen: "reports", auditDay: localDay() } },
  ];
  const tiles: Figure[] = [
    { label: "Expired, still in stock", value: a.data?.expired_in_stock, to: { screen: "stock", held: "expired" }, bad: true },
    { label: `Expiring within ${soon} days`, value: a.data?.expiring_soon, to: { screen: "expiry", within: soon, expiringOnly: true } },
    { label: "Shortages", value: a.data?.shortages, to: { screen: "shortages" }, bad: true },
    { label: "Open recalls", value: a.data?.open_recalls, to: { screen: "recalls" }, bad: true },
    { label: "Packs in quarantine", value: a.data?.quarantined, to: { screen: "stock", held: "quarantined" } },
    { label: "Suspect packs held", value: a.data?.suspect, to: { screen: "stock", held: "suspect" }, bad: true },
  ];
  return (
    <>
      <nav className="summary" aria-label="Store summary">
        {figures.map((f) => (
          <Button variant="bare" key={f.label} className="figure" onPress={() => go(f.to)}>
            <span className="figure-value">
              <Count value={f.value} />
            </span>
            <span className="figure-label">{f.label}</span>
          </Button>
        ))}
      </nav>
      <section className="view home" aria-labelledby="home-title">
        <header className="view-header">
          <h1 id="home-title">Needs attention</h1>
        </header>
        {a.isError ? (
          <p role="alert" className="error pad">
            {a.error.message}
          </p>
        ) : null}
        <div className="tiles">
          {tiles.map((t) => (
            <Button variant="bare" key={t.label} className={`tile ${t.bad && (t.value ?? 0) > 0 ? "bad" : ""}`} onPress={() => go(t.to)}>
              <span className="tile-value">
                <Count value={t.value} />
              </span>
              <span className="tile-label">{t.label}</span>
            </Button>
          ))}
        </div>
      </section>
    </>
  );
}
