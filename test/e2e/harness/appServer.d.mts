/** Types of appServer.mjs. */
import type { BrowserContext, LaunchOptions } from '@playwright/test';

export declare const APP_ORIGIN: string;
export declare function serveApp(context: BrowserContext, rendererDir: string): Promise<string[]>;
export declare const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions;
