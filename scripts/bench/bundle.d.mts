export function bundleBenchEntry(): Promise<string>;
