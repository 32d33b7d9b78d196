// Supplier orders: the shortages at pharmacies and stores, one order per usual supplier with the
// contract price, line totals and the order's total; products without a usual supplier in a
// group of their own, each with a supplier to choose. Saved as PDF or CSV like any report.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { SupplierOrder } from "../bindings";
import { DocumentPreview } from "../reports/DocumentPreview";
import { emptyForm } from "../reports/request";
import { useSaveReport } from "../reports/useSaveReport";
import { Button } from "../widgets/controls";
import { UsualSupplierSelect } from "./SupplyChoosers";

/** Cents as money with two places ("1,234.50"); a missing price as a dash. */
function money(cents: number | null): string {
  return cents === null ? "—" : (cents / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function Order({ order, canChange }: { order: SupplierOrder; canChange: boolean }) {
  const title = order.supplier ? `${order.supplier_name ?? order.supplier} (${order.supplier})` : "No usual supplier — choose one";
  const quantity = order.lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <div className="supplier-order" aria-label={title}>
      <h3>
        {title}
        {order.supplier ? <span className="order-total">Total {money(order.total_cents)}</span> : null}
      </h3>
      <table className="grid-table order-table">
        <thead>
          <tr>
            <th>Location</th>
            <th>Product</th>
            <th className="num">Quantity</th>
            <th className="num">Unit price</th>
            <th className="num">Line total</th>
            {order.supplier ? null : <th>Usual supplier</th>}
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
              <td className="num">{l.quantity}</td>
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
            <td className="strong">Total{order.unpriced_lines > 0 ? ` (${order.unpriced_lines} without a contract price)` : ""}</td>
            <td className="num strong">{quantity}</td>
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
  const backend = useBackend();
  const orders = useQuery({ queryKey: ["supplier-orders"], queryFn: () => backend.call("supplier_orders", null) });
  const preview = useMutation({ mutationFn: () => backend.call("report_preview", { kind: "supplier-orders" }) });
  const saver = useSaveReport();
  const form = emptyForm("supplier-orders");
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  const error = orders.error ?? preview.error ?? saver.error;
  return (
    <div aria-label="Supplier orders">
      <div className="filters wrap pick-actions">
        <p className="muted pick-title">Shortages at pharmacies and stores, each up to its par level, by the product&apos;s usual supplier.</p>
        <div className="actions">
          <Button onPress={() => preview.mutate()}>Print preview</Button>
          <Button variant="primary" onPress={() => saver.save(form, `supplier-orders-${stamp()}.pdf`)}>
            Save PDF
          </Button>
          <Button onPress={() => saver.save(form, `supplier-orders-${stamp()}.csv`)}>Save CSV</Button>
        </div>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      {saver.dialog}
      {saver.saved ? (
        <p className="saved" role="status">
          Saved {saver.saved.title} to <code>{saver.saved.path}</code>.{" "}
          <Button onPress={() => void backend.openFile(saver.saved?.path ?? "")}>Open</Button>
        </p>
      ) : null}
      {preview.data ? (
        <div className="pick-preview">
          <Button variant="quiet" onPress={() => preview.reset()}>
            Close the preview
          </Button>
          <DocumentPreview doc={preview.data} />
        </div>
      ) : null}
      {orders.isPending ? <p className="muted">Reading the shortages…</p> : null}
      {orders.data?.length === 0 ? <p className="muted">No pharmacy or store is below its reorder point: nothing to order.</p> : null}
      {orders.data?.map((o) => <Order key={o.supplier ?? "none"} order={o} canChange={canChange} />)}
    </div>
  );
}
