// A list paged from the backend as it scrolls: TanStack Table for the columns, TanStack Virtual
// for the rows, TanStack Query for the pages. Filtering and paging happen in SQLite.
import { useInfiniteQuery } from "@tanstack/react-query";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";

const PAGE = 200;
const ROW_HEIGHT = 36;

export interface Paged<T> {
  rows: T[];
  total: number;
}

interface Props<T> {
  label: string;
  queryKey: unknown[];
  fetchPage(offset: number, limit: number): Promise<Paged<T>>;
  // Columns of any value type: the table only renders them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: Array<ColumnDef<T, any>>;
  template: string;
  empty: string;
  rowKey(row: T, index: number): string;
  rowClass?(row: T): string | undefined;
}

export function PagedTable<T>({ label, queryKey, fetchPage, columns, template, empty, rowKey, rowClass }: Props<T>) {
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam, PAGE),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const data = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  if (last && last.index >= rows.length - 20 && pages.hasNextPage && !pages.isFetchingNextPage) {
    void pages.fetchNextPage();
  }
  return (
    <div className="table" role="table" aria-label={label} aria-rowcount={total}>
      {table.getHeaderGroups().map((g) => (
        <div key={g.id} className="row head" role="row" style={{ gridTemplateColumns: template }}>
          {g.headers.map((h) => (
            <span key={h.id} role="columnheader" className={(h.column.columnDef.meta as { num?: boolean } | undefined)?.num ? "num" : undefined}>
              {flexRender(h.column.columnDef.header, h.getContext())}
            </span>
          ))}
        </div>
      ))}
      <div className="body" ref={scroller}>
        {pages.isError ? (
          <p role="alert" className="error pad">
            {pages.error.message}
          </p>
        ) : null}
        {pages.isPending ? <p className="muted pad">Loading…</p> : null}
        {!pages.isPending && rows.length === 0 && !pages.isError ? <p className="muted pad">{empty}</p> : null}
        <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={rowKey(row.original, item.index)}
                className={`row ${rowClass?.(row.original) ?? ""}`}
                role="row"
                style={{ gridTemplateColumns: template, position: "absolute", top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <span key={cell.id} role="cell" className={(cell.column.columnDef.meta as { num?: boolean } | undefined)?.num ? "num" : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <div className="table-foot muted">{total.toLocaleString("en-GB")} rows</div>
    </div>
  );
}
