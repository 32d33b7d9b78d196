// Settings, one tab each: the scanner test (exactly what a scanner sends, control characters
// named, and how Custody decodes it); the site and its locations (each ward's supplying
// pharmacy or store); suppliers; products (list,
// add, edit) and product and reorder-rule imports; users; scanning and receipts (the site's
// settings: scanners' group separator, receipts' limits, expiry alert windows); the hospital
// network (administrators: enrolment with the hub). The language menu goes in `languageMenu`,
// above the tabs, when the app gives one (ui/src/i18n/LanguageMenu.tsx).
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useBackend } from "../backend/context";
import type { AppInfo } from "../bindings";
import { useT } from "../i18n/I18n";
import { HospitalNetwork } from "../network/HospitalNetwork";
import { SupplyingLocationSelect } from "../replenish/SupplyChoosers";
import { ScanField } from "../widgets/ScanField";
import { AddLocation, AddPartner, ImportCsv, kindWord } from "./MasterData";
import { Products } from "./Products";
import { SiteSettingsForm } from "./SiteSettings";
import { useRich } from "../widgets/rich";
import { Users } from "./Users";

/** `languageMenu`: the language menu, shown above the tabs (the app gives it; none by default). */
export function SettingsView({ languageMenu }: { languageMenu?: ReactNode } = {}) {
  const t = useT();
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const partners = useQuery({ queryKey: ["partners"], queryFn: () => backend.call("partners", null) });
  const role = info.data?.actor?.role;
  const kind = (k: string) => kindWord(t, k);
  return (
    <section className="view" aria-labelledby="settings-title">
      <header className="view-header">
        <h1 id="settings-title">{t("settings.title")}</h1>
      </header>
      {languageMenu ? <div className="settings-language">{languageMenu}</div> : null}
      <Tabs className="settings-tabs">
        <TabList aria-label={t("settings.title")} className="tab-list">
          <Tab id="scanner">{t("settings.tab.scanner")}</Tab>
          <Tab id="site">{t("settings.tab.site")}</Tab>
          <Tab id="partners">{t("settings.tab.partners")}</Tab>
          <Tab id="products">{t("settings.tab.products")}</Tab>
          <Tab id="users">{t("settings.tab.users")}</Tab>
          <Tab id="site-settings">{t("settings.tab.siteSettings")}</Tab>
          {role === "admin" ? <Tab id="network">{t("settings.tab.network")}</Tab> : null}
        </TabList>
        <TabPanel id="scanner" className="settings">
          <ScannerTest />
        </TabPanel>
        <TabPanel id="site" className="settings">
          <SiteAndLocations info={info.data} canChange={role === "admin" || role === "manager"} />
        </TabPanel>
        <TabPanel id="partners" className="settings">
        <div className="settings-block">
          <h2>{t("settings.partners.title")}</h2>
          <table className="grid-table" aria-label={t("settings.partners.table")}>
            <tbody>
              {partners.data?.map((p) => (
                <tr key={p.code}>
                  <td className="mono">{p.code}</td>
                  <td>{p.name}</td>
                  <td className="muted">{kind(p.kind)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <AddPartner />
        </div>
        </TabPanel>
        <TabPanel id="products" className="settings">
        <Products canChange={role === "admin" || role === "manager"} />
        <div className="settings-block">
          <h2>{t("settings.imports.title")}</h2>
          <ImportCsv
            what="products"
            label={t("settings.imports.products")}
            columns="gtin,name,generic_name,form,strength,pack_size,manufacturer,tracking,contract_price,storage,controlled,ndc,pzn,cip,usual_supplier"
          />
          <ImportCsv what="reorder_rules" label={t("settings.imports.rules")} columns="gtin,location,reorder_point,par_level,lead_time_days" />
        </div>
        </TabPanel>
        <TabPanel id="users" className="settings">
          <Users isAdmin={role === "admin"} me={info.data?.actor?.username} />
        </TabPanel>
        <TabPanel id="site-settings" className="settings">
          <SiteSettingsForm canChange={role === "admin" || role === "manager"} />
        </TabPanel>
        {role === "admin" ? (
          <TabPanel id="network" className="settings">
            <HospitalNetwork info={info.data} />
          </TabPanel>
        ) : null}
      </Tabs>
    </section>
  );
}

/** The scanner test: what a scan sent, character by character, and how Custody reads it. The
 *  elements' meanings and the warnings are the api's words. */
function ScannerTest() {
  const t = useT();
  const backend = useBackend();
  const test = useMutation({ mutationFn: (raw: string) => backend.call("decode_scan", { raw }) });
  const say = useRich();
  const d = test.data;
  return (
    <div className="settings-block" aria-label={t("settings.scanner.title")}>
      <h2>{t("settings.scanner.title")}</h2>
      <p className="muted">{say("settings.scanner.intro", { aim: <code>]d2</code> })}</p>
      <ScanField label={t("settings.scanner.field")} onScan={(raw) => test.mutate(raw)} captureAnywhere />
      {d ? (
        <div className="scan-test">
          <div>
            <span className="muted">{t("settings.scanner.received", { n: d.length })}</span>
            <code className="sent">{d.sent}</code>
          </div>
          {d.error ? (
            <p role="alert" className="error">
              {t("settings.scanner.unreadable", { error: d.error })}
            </p>
          ) : (
            <>
              <p>{say("settings.scanner.read", {
                  symbology: <span className="tag">{d.symbology}</span>,
                  gtin: <code>{d.gtin ?? "—"}</code>,
                  serial: <code>{d.serial ?? "—"}</code>,
                  lot: <code>{d.lot ?? "—"}</code>,
                  expiry: <code>{d.expiry ?? "—"}</code>,
                })}</p>
              <table className="grid-table" aria-label={t("settings.scanner.elements")}>
                <thead>
                  <tr>
                    <th>{t("settings.scanner.ai")}</th>
                    <th>{t("settings.scanner.meaning")}</th>
                    <th>{t("settings.scanner.value")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.elements.map((e) => (
                    <tr key={`${e.ai}-${e.value}`}>
                      <td className="mono">({e.ai})</td>
                      <td>{e.title}</td>
                      <td className="mono">{e.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {d.warnings.map((w) => (
                <p key={w} className="warn">
                  {w}
                </p>
              ))}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** The site (its database and backups) and its locations, each ward's supplier chosen in its row. */
function SiteAndLocations({ info, canChange }: { info: AppInfo | undefined; canChange: boolean }) {
  const t = useT();
  const backend = useBackend();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const kind = (k: string) => kindWord(t, k);
  const say = useRich();
  return (
    <div className="settings-block">
      <h2>{t("settings.site.title")}</h2>
      <p>
        {info?.site?.name} <span className="muted">({info?.site?.code})</span>
      </p>
      <p className="muted">{say("settings.site.files", { database: <code>{info?.database}</code>, backups: <code>{info?.backup_dir}</code> })}</p>
      <h2>{t("settings.locations.title")}</h2>
      <table className="grid-table" aria-label={t("settings.locations.title")}>
        <thead>
          <tr>
            <th>{t("settings.locations.code")}</th>
            <th>{t("settings.locations.name")}</th>
            <th>{t("settings.locations.kind")}</th>
            <th>{t("settings.locations.suppliedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {locations.data?.map((l) => (
            <tr key={l.code}>
              <td className="mono">{l.code}</td>
              <td>{l.name}</td>
              <td className="muted">{kind(l.kind)}</td>
              <td>
                <SupplyingLocationSelect location={l} canChange={canChange} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddLocation />
    </div>
  );
}
