/** One CSV table: a header row and rows of plain values. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[];
}

// Semicolons, as French spreadsheets expect; a BOM so that Excel reads UTF-8 accents.
const SEPARATOR = ';';
const BOM = '\uFEFF';
/** A text cell starting with one of these is a formula for a spreadsheet: it is quoted as text (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text (CRLF line ends, doubled quotes) with French separators. */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((r) => r.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
