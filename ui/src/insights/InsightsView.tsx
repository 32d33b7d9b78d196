// Insights (issue #23): the patterns behind the figures, from the ledger. A tab per kind (dwell
// time, waste, shrinkage, supplier quality, consumption trends), each with its key figures, charts
// with their tables, the lines behind them and its report to save; the filters above are shared,
// so a tab opened next looks at the same period.
import { useState } from "react";
import { Tab, TabList, TabPanel, Tabs, type Key } from "react-aria-components";
import { useT } from "../i18n/I18n";
import { DwellPanel } from "./DwellPanel";
import { InsightFilters, NO_FILTER } from "./Filters";
import { ShrinkagePanel } from "./ShrinkagePanel";
import { SuppliersPanel } from "./SuppliersPanel";
import { TrendsPanel } from "./TrendsPanel";
import type { InsightQuery } from "../bindings";
import { WastePanel } from "./WastePanel";
import "./insights.css";

export type InsightKind = "dwell" | "waste" | "shrinkage" | "suppliers" | "trends";

export function InsightsView({ initial = "dwell" }: { initial?: InsightKind }) {
  const t = useT();
  const [kind, setKind] = useState<Key>(initial);
  const [query, setQuery] = useState<InsightQuery>(NO_FILTER);
  return (
    <section className="view insights-view" aria-labelledby="insights-title">
      <header className="view-header">
        <h1 id="insights-title">{t("insights.title")}</h1>
      </header>
      <InsightFilters query={query} onApply={setQuery} dwell={kind === "dwell"} />
      <Tabs className="insights-tabs" selectedKey={kind} onSelectionChange={setKind}>
        <TabList aria-label={t("insights.kinds")} className="tab-list">
          <Tab id="dwell">{t("insights.tab.dwell")}</Tab>
          <Tab id="waste">{t("insights.tab.waste")}</Tab>
          <Tab id="shrinkage">{t("insights.tab.shrinkage")}</Tab>
          <Tab id="suppliers">{t("insights.tab.suppliers")}</Tab>
          <Tab id="trends">{t("insights.tab.trends")}</Tab>
        </TabList>
        <TabPanel id="dwell" className="insights-panel">
          <DwellPanel query={query} />
        </TabPanel>
        <TabPanel id="waste" className="insights-panel">
          <WastePanel query={query} />
        </TabPanel>
        <TabPanel id="shrinkage" className="insights-panel">
          <ShrinkagePanel query={query} />
        </TabPanel>
        <TabPanel id="suppliers" className="insights-panel">
          <SuppliersPanel query={query} />
        </TabPanel>
        <TabPanel id="trends" className="insights-panel">
          <TrendsPanel query={query} />
        </TabPanel>
      </Tabs>
    </section>
  );
}
