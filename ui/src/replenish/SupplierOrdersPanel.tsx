// Supplier orders: the shortages at pharmacies and stores, one order per usual supplier with the
// contract price, line totals and the order's total; products without a usual supplier in a
// group of their own, each with a supplier to choose. Saved as PDF or CSV like any report.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useBackend } from "../backend/context";
import type { SupplierOrder } from "../bindings";
import { useMoney } from "../i18n/currency";
import { useFormat, useT } from "../i18n/I18n";
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { Button } from "../widgets/controls";
import { SavedLine } from "./SavedLine";
import { UsualSupplierSelect } from "./SupplyChoosers";

function Order({ order, canChange }: { order: SupplierOrder; canChange: boolean }) {
  const t = useT();
  const format = useFormat();
  // Money in the site's currency in the language's way ("€1,234.50"), or with two places and no
  // currency while the site has chosen none ("1,234.50"); a missing price as a dash.
  const plain = useCallback((amount: number) => t("replenish.orders.money", { amount }), [t]);
  const inCurrency = useMoney(plain);
  const money = (cents: number | null) => (cents === null ? "—" : inCurrency(cents));
  const title = order.supplier ? `${order.supplier_name ?? order.supplier} (${order.supplier})` : t("replenish.orders.noSupplier");
  const quantity = order.lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <div className="supplier-order" aria-label={title}>
      <h3>
        {title}
        {order.supplier ? <span className="order-total">{t("replenish.orders.totalAmount", { amount: money(order.total_cents) })}</span> : null}
      </h3>
      <table className="grid-table order-table">
        <thead>
          <tr>
            <th>{t("replenish.orders.location")}</th>
            <th>{t("replenish.orders.product")}</th>
            <th className="num">{t("replenish.orders.quantity")}</th>
            <th className="num">{t("replenish.orders.unitPrice")}</th>
            <th className="num">{t("replenish.orders.lineTotal")}</th>
            {order.supplier ? null : <th>{t("replenish.orders.usualSupplier")}</th>}
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={`${l.location}-${l.gtin}`}>
              <td className="mono">{l.location}</td>
              <td>
                {l.product}
                <br />
                <span className="mono muted">{l.gtin}</span>
              </td>
              <td className="num">{format.number(l.quantity)}</td>
              <td className="num">{money(l.unit_price_cents)}</td>
              <td className="num">{money(l.line_total_cents)}</td>
              {order.supplier ? null : (
                <td>
                  <UsualSupplierSelect gtin={l.gtin} name={l.product} value={null} canChange={canChange} />
                </td>
              )}
            </tr>
          ))}
          <tr className="total-row">
            <td />
            <td className="strong">{order.unpriced_lines > 0 ? t("replenish.orders.totalUnpriced", { n: order.unpriced_lines }) : t("replenish.orders.total")}</td>
            <td className="num strong">{format.number(quantity)}</td>
            <td />
            <td className="num strong">{money(order.total_cents)}</td>
            {order.supplier ? null : <td />}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function SupplierOrdersPanel({ canChange }: { canChange: boolean }) {
  const t = useT();
  const backend = useBackend();
  const orders = useQuery({ queryKey: ["supplier-orders"], queryFn: () => backend.call("supplier_orders", null) });
  const preview = useMutation({ mutationFn: () => backend.call("report_preview", { kind: "supplier-orders" }) });
  const saver = useSaveReport();
  const form = emptyForm("supplier-orders");
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  const error = orders.error ?? preview.error ?? saver.error;
  return (
    <div aria-label={t("replenish.tab.orders")}>
      <div className="filters wrap pick-actions">
        <p className="muted pick-title">{t("replenish.orders.intro")}</p>
        <div className="actions">
          <Button onPress={() => preview.mutate()}>{t("replenish.printPreview")}</Button>
          <Button variant="primary" onPress={() => saver.save(form, `supplier-orders-${stamp()}.pdf`)}>
            {t("replenish.savePdf")}
          </Button>
          <Button onPress={() => saver.save(form, `supplier-orders-${stamp()}.csv`)}>{t("replenish.saveCsv")}</Button>
        </div>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      {saver.dialog}
      {saver.saved ? <SavedLine saved={saver.saved} /> : null}
      {preview.data ? (
        <div className="pick-preview">
          <Button variant="quiet" onPress={() => preview.reset()}>
            {t("replenish.closePreview")}
          </Button>
          <DocumentPreview doc={preview.data} />
        </div>
      ) : null}
      {orders.isPending ? <p className="muted">{t("replenish.orders.reading")}</p> : null}
      {orders.data?.length === 0 ? <p className="muted">{t("replenish.orders.none")}</p> : null}
      {orders.data?.map((o) => <Order key={o.supplier ?? "none"} order={o} canChange={canChange} />)}
    </div>
  );
}
