// What needs attention now, each figure a way into its list.
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { Screen } from "../nav";
import { Button } from "../widgets/controls";

export function Home({ go }: { go(screen: Screen): void }) {
  const backend = useBackend();
  const a = useQuery({ queryKey: ["attention"], queryFn: () => backend.call("attention", null) });
  const tiles: Array<{ label: string; value: number | undefined; to: Screen; bad?: boolean }> = [
    { label: "Expired, still in stock", value: a.data?.expired_in_stock, to: "expiry", bad: true },
    { label: `Expiring within ${a.data?.soon_days ?? 30} days`, value: a.data?.expiring_soon, to: "expiry" },
    { label: "Shortages", value: a.data?.shortages, to: "shortages", bad: true },
    { label: "Open recalls", value: a.data?.open_recalls, to: "recalls", bad: true },
    { label: "Packs in quarantine", value: a.data?.quarantined, to: "stock" },
    { label: "Suspect packs held", value: a.data?.suspect, to: "stock", bad: true },
  ];
  return (
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
          <Button
            variant="bare"
            key={t.label}
            className={`tile ${t.bad && (t.value ?? 0) > 0 ? "bad" : ""}`}
            onPress={() => go(t.to)}
          >
            <span className="tile-value">{t.value === undefined ? "…" : t.value.toLocaleString("en-GB")}</span>
            <span className="tile-label">{t.label}</span>
          </Button>
        ))}
      </div>
    </section>
  );
}
