// Settings, one tab each: the scanner test (exactly what a scanner sends, control characters
// named, and how Custody decodes it); the site and its locations (each ward's supplying
// pharmacy or store); suppliers; products (list,
// add, edit) and product and reorder-rule imports; users; scanning and receipts (the site's
// settings: scanners' group separator, receipts' limits, expiry alert windows); the hospital
// network (administrators: enrolment with the hub).
import { useMutation, useQuery } from "@tanstack/react-query";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useBackend } from "../backend/context";
import { HospitalNetwork } from "../network/HospitalNetwork";
import { SupplyingLocationSelect } from "../replenish/SupplyChoosers";
import { ScanField } from "../widgets/ScanField";
import { AddLocation, AddPartner, ImportCsv } from "./MasterData";
import { Products } from "./Products";
import { SiteSettingsForm } from "./SiteSettings";
import { Users } from "./Users";

export function SettingsView() {
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const partners = useQuery({ queryKey: ["partners"], queryFn: () => backend.call("partners", null) });
  const test = useMutation({ mutationFn: (raw: string) => backend.call("decode_scan", { raw }) });
  const d = test.data;
  const role = info.data?.actor?.role;
  return (
    <section className="view" aria-labelledby="settings-title">
      <header className="view-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <Tabs className="settings-tabs">
        <TabList aria-label="Settings" className="tab-list">
          <Tab id="scanner">Scanner</Tab>
          <Tab id="site">Site and locations</Tab>
          <Tab id="partners">Suppliers</Tab>
          <Tab id="products">Products and rules</Tab>
          <Tab id="users">Users</Tab>
          <Tab id="site-settings">Scanning and receipts</Tab>
          {role === "admin" ? <Tab id="network">Hospital network</Tab> : null}
        </TabList>
        <TabPanel id="scanner" className="settings">
        <div className="settings-block" aria-label="Scanner test">
          <h2>Scanner test</h2>
          <p className="muted">
            Scan any pack. Custody shows what arrived, character by character, and how it reads it. A GS1 pack code
            should start with <code>]d2</code> (the scanner sends AIM identifiers) and show ⟨GS⟩ between a lot or serial
            and the next field.
          </p>
          <ScanField label="Scan to test" onScan={(raw) => test.mutate(raw)} captureAnywhere />
          {d ? (
            <div className="scan-test">
              <div>
                <span className="muted">Received ({d.length} characters): </span>
                <code className="sent">{d.sent}</code>
              </div>
              {d.error ? (
                <p role="alert" className="error">
                  Not readable: {d.error}
                </p>
              ) : (
                <>
                  <p>
                    <span className="tag">{d.symbology}</span> GTIN <code>{d.gtin ?? "—"}</code> · serial <code>{d.serial ?? "—"}</code> ·
                    lot <code>{d.lot ?? "—"}</code> · expiry <code>{d.expiry ?? "—"}</code>
                  </p>
                  <table className="grid-table" aria-label="Elements">
                    <thead>
                      <tr>
                        <th>AI</th>
                        <th>Meaning</th>
                        <th>Value</th>
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
        </TabPanel>
        <TabPanel id="site" className="settings">
        <div className="settings-block">
          <h2>Site</h2>
          <p>
            {info.data?.site?.name} <span className="muted">({info.data?.site?.code})</span>
          </p>
          <p className="muted">
            Database <code>{info.data?.database}</code>; backups to <code>{info.data?.backup_dir}</code>.
          </p>
          <h2>Locations</h2>
          <table className="grid-table" aria-label="Locations">
            <thead>
              <tr>
                <th>Code</th>
                <th>Name</th>
                <th>Kind</th>
                <th>Supplied by (wards and clinics)</th>
              </tr>
            </thead>
            <tbody>
              {locations.data?.map((l) => (
                <tr key={l.code}>
                  <td className="mono">{l.code}</td>
                  <td>{l.name}</td>
                  <td className="muted">{l.kind}</td>
                  <td>
                    <SupplyingLocationSelect location={l} canChange={role === "admin" || role === "manager"} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AddLocation />
        </div>
        </TabPanel>
        <TabPanel id="partners" className="settings">
        <div className="settings-block">
          <h2>Suppliers and partners</h2>
          <table className="grid-table" aria-label="Partners">
            <tbody>
              {partners.data?.map((p) => (
                <tr key={p.code}>
                  <td className="mono">{p.code}</td>
                  <td>{p.name}</td>
                  <td className="muted">{p.kind}</td>
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
          <h2>Imports</h2>
          <ImportCsv
            what="products"
            label="Import products (CSV)"
            columns="gtin,name,generic_name,form,strength,pack_size,manufacturer,tracking,contract_price,storage,controlled,ndc,pzn,cip,usual_supplier"
          />
          <ImportCsv what="reorder_rules" label="Import reorder rules (CSV)" columns="gtin,location,reorder_point,par_level,lead_time_days" />
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
