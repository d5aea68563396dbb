import type { Category, Platform, Severity } from '../../lib/engine/types';
import type { LogAction } from '../../lib/guard/messages';
import { t } from '../../lib/i18n';

// Message names cannot hold "-": "posted-anyway" is options.action.posted_anyway.
const tk = t as unknown as (key: string, substitutions?: string[]) => string;
const key = (s: string) => s.replace(/-/g, '_');

export const actionLabel = (a: LogAction) => tk(`options.action.${key(a)}`);
export const categoryLabel = (c: Category) => tk(`options.category.${key(c)}`);
export const platformLabel = (p: Platform) => tk(`options.platform.${p}`);
export const surfaceLabel = (s: 'post' | 'reply' | 'message') => tk(`options.surface.${s}`);
export const accountLabel = (a: 'personal' | 'council') => tk(`options.account.${a}`);
export const severityLabel = (s: Severity) => tk(`options.severity.${s}`);
