import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR: string;
export const GECKO_ID: string;
export const FIREFOX_UUID: string;
export const FIREFOX_BASE: string;
export const HOW_TO_GET_FIREFOX: string;
export function findFirefox(
  env?: Record<string, string | undefined>,
  exists?: (p: string) => boolean,
): string | null;
export function firefoxTierPlan(
  env?: Record<string, string | undefined>,
  exists?: (p: string) => boolean,
): { outcome: 'run' | 'skip' | 'fail'; firefox: string | null; detail: string };
export function firefoxPrefs(opts?: {
  locale?: string;
  colorScheme?: 'light' | 'dark';
}): Record<string, unknown>;
export function launchFirefoxWithExtension(opts?: {
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
  downloadDir?: string;
}): Promise<{ browser: Browser; base: string; output: string[]; executablePath: string }>;
export function openInFirefox(page: Page, url: string, timeout?: number): Promise<void>;
