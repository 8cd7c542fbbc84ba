export interface BenchRow {
  id: string;
  metric: string;
  unit: string;
  budget: number | null;
  value: number | null;
  exact: number | null;
  ok: 'ok' | 'OVER' | '-' | 'ERROR';
  runs?: number[];
  detail?: unknown;
  error?: string;
}
export interface BenchDef {
  id: string;
  metric: string;
  unit: string;
  budget: number | null;
}
export function median(values: number[]): number;
export function decimalsFor(unit: string, value: number): number;
export function formatValue(value: number | null | undefined, unit: string): string;
export function toRow(
  def: BenchDef,
  measured: number | number[] | { value?: number; samples?: number[]; detail?: unknown } | null,
  error?: unknown,
): BenchRow;
export function formatTable(rows: BenchRow[]): string;
export function summarize(
  rows: BenchRow[],
  opts?: { reportOnly?: boolean },
): { within: number; budgeted: number; over: number; errors: number; lines: string[]; exitCode: number };
export function writeJson(file: string, data: unknown): void;
