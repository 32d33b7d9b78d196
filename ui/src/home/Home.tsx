// What needs attention now, each figure a way into the list it counts: the figures above (packs
// and products in stock, movements today) and the tiles (expired, expiring, shortages, recalls,
// quarantined and suspect packs). A tile opens its list already narrowed to what it counted.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { useFormat, useT } from "../i18n/I18n";
import { localDay, type Place } from "../nav";
import { Button } from "../widgets/controls";

interface Figure {
  /** A key of the `home` catalogue. */
  label: string;
  value: number | undefined;
  to: Place;
  /** Red when above 0: something to act on. */
  bad?: boolean;
}

function Count({ value }: { value: number | undefined }) {
  const { number } = useFormat();
  return <>{value === undefined ? "…" : number(value)}</>;
}

export function Home({ go }: { go(place: Place): void }) {
  const t = useT();
  const backend = useBackend();
  const a = useQuery({ queryKey: ["attention"], queryFn: () => backend.call("attention", null) });
  const soon = a.data?.soon_days ?? 30;
  const figures: Figure[] = [
    { label: "home.figure.packs", value: a.data?.figures.packs_in_stock, to: { screen: "stock" } },
    { label: "home.figure.products", value: a.data?.figures.products_in_stock, to: { screen: "stock" } },
    { label: "home.figure.movements", value: a.data?.figures.movements_today, to: { screen: "reports", auditDay: localDay() } },
  ];
  const tiles: Figure[] = [
    { label: "home.tile.expired", value: a.data?.expired_in_stock, to: { screen: "stock", held: "expired" }, bad: true },
    { label: "home.tile.expiring", value: a.data?.expiring_soon, to: { screen: "expiry", within: soon, expiringOnly: true } },
    { label: "home.tile.shortages", value: a.data?.shortages, to: { screen: "shortages" }, bad: true },
    { label: "home.tile.recalls", value: a.data?.open_recalls, to: { screen: "recalls" }, bad: true },
    { label: "home.tile.quarantined", value: a.data?.quarantined, to: { screen: "stock", held: "quarantined" } },
    { label: "home.tile.suspect", value: a.data?.suspect, to: { screen: "stock", held: "suspect" }, bad: true },
  ];
  return (
    <>
      <nav className="summary" aria-label={t("home.summary")}>
        {figures.map((f) => (
          <Button variant="bare" key={f.label} className="figure" onPress={() => go(f.to)}>
            <span className="figure-value">
              <Count value={f.value} />
            </span>
            <span className="figure-label">{t(f.label)}</span>
          </Button>
        ))}
      </nav>
      <section className="view home" aria-labelledby="home-title">
        <header className="view-header">
          <h1 id="home-title">{t("home.title")}</h1>
        </header>
        {a.isError ? (
          <p role="alert" className="error pad">
            {a.error.message}
          </p>
        ) : null}
        <div className="tiles">
          {tiles.map((tile) => (
            <Button variant="bare" key={tile.label} className={`tile ${tile.bad && (tile.value ?? 0) > 0 ? "bad" : ""}`} onPress={() => go(tile.to)}>
              <span className="tile-value">
                <Count value={tile.value} />
              </span>
              <span className="tile-label">{t(tile.label, { days: soon })}</span>
            </Button>
          ))}
        </div>
      </section>
    </>
  );
}
