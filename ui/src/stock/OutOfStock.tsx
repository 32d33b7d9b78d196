// A quantity of usable stock, or "Out of stock" when there is none: a 0 or a blank reads as
// "not counted" to someone looking for a product, and an empty shelf must read as one.

export function OutOfStock({ quantity }: { quantity: number }) {
  return quantity > 0 ? <>{quantity.toLocaleString("en-GB")}</> : <span className="out-of-stock">Out of stock</span>;
}
