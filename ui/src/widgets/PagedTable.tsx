// Lists: TanStack Table for the columns, TanStack Virtual for the rows (only those on screen are
// in the DOM, so a list of a million scrolls smoothly). `VirtualTable` shows rows already here;
// `PagedTable` fetches them a page at a time from SQLite (TanStack Query) as the list scrolls.
import { useInfiniteQuery } from "@tanstack/react-query";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useT } from "../i18n/I18n";
import { Button } from "./controls";

const PAGE = 200;
const ROW_HEIGHT = 36;

/** A list's order by one column; none is the list's own order. */
export interface Sort {
  id: string;
  desc: boolean;
}

export interface Paged<T> {
  rows: T[];
  /** How many rows the whole list has; unknown when a list is read page by page without
   * counting (then a short page is the last). */
  total?: number;
}

/** How a list fits a narrower width: below `below` pixels of the list's own width, the columns
 * named in `hide` (the least needed) are left out and the rest laid out by `template`. */
export interface Fit {
  below: number;
  hide: string[];
  template: string;
}

interface Columns<T> {
  label: string;
  /** Narrower layouts, so that a list never scrolls sideways on a small screen or beside a
   * panel: the one with the smallest `below` above the list's width applies. */
  fits?: Fit[];
  // Columns of any value type: the table only renders them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: Array<ColumnDef<T, any>>;
  template: string;
  empty: string;
  rowKey(row: T, index: number): string;
  rowClass?(row: T): string | undefined;
  /** Makes rows choosable (click or Enter): a product opens its detail, for instance. */
  onActivate?(row: T): void;
  /** The chosen row, marked. */
  isActive?(row: T): boolean;
  rowHeight?: number;
}

interface VirtualProps<T> extends Columns<T> {
  rows: T[];
  /** How many rows the whole list has (more than `rows` while pages are still coming). */
  total?: number;
  /** More rows than `rows` exist but their number is not known. */
  more?: boolean;
  /** Called when the last rows come into view. */
  onNearEnd?(): void;
  /** Shown above the rows (loading, errors). */
  status?: ReactNode;
  /** The order shown; columns with `meta: { sort: true }` can be pressed to change it. */
  sort?: Sort | null;
  onSort?(sort: Sort | null): void;
  className?: string;
}

const isNumeric = (meta: unknown) => (meta as { num?: boolean } | undefined)?.num === true;
const isSortable = (meta: unknown) => (meta as { sort?: boolean } | undefined)?.sort === true;

/** Pressing a column header: by it (numbers largest first), then the other way, then back to
 * the list's own order. */
function nextSort(current: Sort | null | undefined, id: string, numeric: boolean): Sort | null {
  if (current?.id !== id) return { id, desc: numeric };
  if (current.desc === numeric) return { id, desc: !numeric };
  return null;
}

/** The width of the element `ref` holds, followed as it changes (unknown where the browser
 * cannot say, as in tests). */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The layout for `width`: the narrowest fit that applies, else the full template. */
export function fitFor(width: number | null, template: string, fits: Fit[] = []): { template: string; hide: string[] } {
  const applies = width === null ? [] : fits.filter((f) => width < f.below).sort((a, b) => a.below - b.below);
  return applies[0] ?? { template, hide: [] };
}

export function VirtualTable<T>({ label, rows: data, total, more, columns, template: fullTemplate, fits, empty, rowKey, rowClass, onActivate, isActive, rowHeight = ROW_HEIGHT, onNearEnd, status, className, sort, onSort }: VirtualProps<T>) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const { template, hide } = fitFor(useWidth(frame), fullTemplate, fits);
  const columnVisibility = Object.fromEntries(hide.map((id) => [id, false]));
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, state: { columnVisibility } });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  if (onNearEnd && last && last.index >= rows.length - 20) onNearEnd();
  const count = total ?? rows.length;
  return (
    <div ref={frame} className={`table ${className ?? ""}`} role="table" aria-label={label} aria-rowcount={count}>
      {table.getHeaderGroups().map((g) => (
        <div key={g.id} className="row head" role="row" style={{ gridTemplateColumns: template }}>
          {g.headers.map((h) => {
            const meta = h.column.columnDef.meta;
            const title = flexRender(h.column.columnDef.header, h.getContext());
            const by = sort?.id === h.column.id ? sort : null;
            return (
              <span
                key={h.id}
                role="columnheader"
                className={isNumeric(meta) ? "num" : undefined}
                aria-sort={by ? (by.desc ? "descending" : "ascending") : onSort && isSortable(meta) ? "none" : undefined}
              >
                {onSort && isSortable(meta) ? (
                  <Button variant="bare" className={by ? "sort on" : "sort"} onPress={() => onSort(nextSort(sort, h.column.id, isNumeric(meta)))}>
                    {title}
                    <span className="sort-mark" aria-hidden="true">
                      {by ? (by.desc ? " ▼" : " ▲") : ""}
                    </span>
                  </Button>
                ) : (
                  title
                )}
              </span>
            );
          })}
        </div>
      ))}
      <div className="body" ref={scroller}>
        {status}
        {rows.length === 0 && !status ? <p className="muted pad">{empty}</p> : null}
        <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={rowKey(row.original, item.index)}
                className={["row", rowClass?.(row.original) ?? "", onActivate ? "clickable" : "", isActive?.(row.original) ? "on" : ""].filter(Boolean).join(" ")}
                role="row"
                aria-current={isActive?.(row.original) ? "true" : undefined}
                tabIndex={onActivate ? 0 : undefined}
                onClick={onActivate ? () => onActivate(row.original) : undefined}
                onKeyDown={
                  onActivate
                    ? (e) => {
                        if (e.key === "Enter") onActivate(row.original);
                      }
                    : undefined
                }
                style={{ gridTemplateColumns: template, position: "absolute", top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <span key={cell.id} role="cell" className={isNumeric(cell.column.columnDef.meta) ? "num" : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <div className="table-foot muted">{t("widgets.table.rows", { count, more: more ? "yes" : "no" })}</div>
    </div>
  );
}

interface PagedProps<T> extends Columns<T> {
  queryKey: unknown[];
  /** A page from the backend, in the order asked for (none: the list's own). */
  fetchPage(offset: number, limit: number, sort: Sort | null): Promise<Paged<T>>;
}

export function PagedTable<T>({ queryKey, fetchPage, ...rest }: PagedProps<T>) {
  const t = useT();
  const [sort, setSort] = useState<Sort | null>(null);
  const pages = useInfiniteQuery({
    queryKey: [...queryKey, sort],
    queryFn: ({ pageParam }) => fetchPage(pageParam, PAGE, sort),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.rows.length, 0);
      const more = last.total === undefined ? last.rows.length === PAGE : loaded < last.total;
      return more ? loaded : undefined;
    },
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const status = pages.isError ? (
    <p role="alert" className="error pad">
      {pages.error.message}
    </p>
  ) : pages.isPending ? (
    <p className="muted pad">{t("widgets.table.loading")}</p>
  ) : null;
  return (
    <VirtualTable
      {...rest}
      rows={rows}
      total={pages.data?.pages[0]?.total ?? rows.length}
      more={pages.data?.pages[0]?.total === undefined && pages.hasNextPage}
      status={status}
      sort={sort}
      onSort={setSort}
      onNearEnd={() => {
        if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
      }}
    />
  );
}
