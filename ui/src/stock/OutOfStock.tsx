// A quantity of usable stock, or "Out of stock" when there is none: a 0 or a blank reads as
// "not counted" to someone looking for a product, and an empty shelf must read as one.
import { useFormat, useT } from "../i18n/I18n";

export function OutOfStock({ quantity }: { quantity: number }) {
  const t = useT();
  const { number } = useFormat();
  return quantity > 0 ? <>{number(quantity)}</> : <span className="out-of-stock">{t("stock.outOfStock")}</span>;
}
