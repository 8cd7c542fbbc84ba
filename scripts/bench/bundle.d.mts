export function bundleBenchEntry(): Promise<string>;
export function inTimerTask(code: string): string;
