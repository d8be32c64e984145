// The "data as a table" alternative of a chart: the chart module's own table (already
// formatted per locale), with numeric columns aligned right and a caption naming the chart.
import type { ChartTable } from '../../../common/charts/types.ts';

interface DataTableProps {
  table: ChartTable;
  caption: string;
  /** Row indexes to emphasise (cross-filtering); others stay visible. */
  highlightRows?: ReadonlySet<number>;
}

export function DataTable({ table, caption, highlightRows }: DataTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className={highlightRows?.has(i) ? 'is-highlighted' : undefined}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className={table.columns[j]?.numeric ? 'num' : undefined}>
                    {cell}
                  </th>
                ) : (
                  <td key={j} className={table.columns[j]?.numeric ? 'num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
