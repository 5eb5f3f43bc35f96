/**
 * The app:// protocol: the built renderer (dist/renderer) served as a privileged,
 * standard, secure origin, every response carrying the Content-Security-Policy.
 * Files are read here rather than fetched from file:// so the request filter can
 * refuse file:// outright.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentTypeFor, rendererFileFor } from './rendererFiles';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(rendererDir, request.url);
    if (!file || request.method !== 'GET') return new Response('Forbidden', { status: 403, headers: securityHeaders });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  });
}
