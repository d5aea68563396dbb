import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './types';
import { x } from './x';

/** Every supported site. A new site is one table file plus one line here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [x, facebook, instagram, linkedin];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.hosts.includes(hostname));
}

/** Match patterns for the manifest, derived from the adapters so they cannot drift apart. */
export const SITE_MATCHES = SITE_ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`));
