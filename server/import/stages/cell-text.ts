// How a cell of the file reads as text, for the header and the row check alike.
import type { Cell } from '../reader.ts';

/** A cell as text: trimmed; an XLSX date as ISO (a month for `period`); '' when empty. */
export function cellText(cell: Cell | undefined, column: string | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (Number.isNaN(cell.getTime())) return '';
  const iso = cell.toISOString();
  return column === 'period' ? iso.slice(0, 7) : iso.slice(0, 10);
}
