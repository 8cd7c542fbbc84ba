export const SHARED_MARK: string;
export function sharedRoot(env?: Record<string, string | undefined>): string;
export function markTitle(title: string, reason: string): string;
export function sharedSkips(report: unknown): { count: number; reasons: Map<string, number> };
