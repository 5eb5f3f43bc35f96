/** Builds the app when it is missing or stale, and the harness pieces, before any spec runs. */
import { buildHarness } from './harness/build.mjs';

export default async function globalSetup(): Promise<void> {
  await buildHarness();
}
