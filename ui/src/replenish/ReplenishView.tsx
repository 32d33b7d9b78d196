// Replenishment, two tabs: the pick list (wards and clinics topped up from their supplying
// pharmacy or store, printed, then picked by scanning) and the supplier orders (the pharmacies'
// and stores' shortages, by usual supplier, at contract prices; saved as PDF or CSV).
import { useQuery } from "@tanstack/react-query";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { PickListPanel } from "./PickListPanel";
import { SupplierOrdersPanel } from "./SupplierOrdersPanel";

export function ReplenishView() {
  const t = useT();
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const role = info.data?.actor?.role;
  return (
    <section className="view" aria-labelledby="replenish-title">
      <header className="view-header">
        <h1 id="replenish-title">{t("replenish.title")}</h1>
      </header>
      <Tabs className="replenish-tabs">
        <TabList aria-label={t("replenish.title")} className="tab-list">
          <Tab id="pick">{t("replenish.tab.pick")}</Tab>
          <Tab id="orders">{t("replenish.tab.orders")}</Tab>
        </TabList>
        <TabPanel id="pick" className="pad replenish-panel">
          <PickListPanel />
        </TabPanel>
        <TabPanel id="orders" className="pad replenish-panel">
          <SupplierOrdersPanel canChange={role === "admin" || role === "manager"} />
        </TabPanel>
      </Tabs>
    </section>
  );
}
