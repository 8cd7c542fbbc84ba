export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}
export const CHECKPOINT_GAP_US: number;
export const CONTINUATIONS: string;
export function extensionScriptTime(
  events: TraceEvent[],
  options: { prefix: string; frame: string; start?: number },
): { total: number; thread: number; byScript: Record<string, number> };
