import type { BrowserContext, Worker } from 'playwright-core';

export const EXTENSION_DIR: string;
export const HOW_TO_GET_CHROMIUM: string;
export function findChromium(): string | null;
export function unpackedExtensionId(extensionDir?: string): string;
export function requireChromium(): string;
export function chromiumArgs(extensionDir?: string): string[];
export function launchWithExtension(opts?: {
  headless?: boolean;
  extensionDir?: string;
  timezoneId?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
