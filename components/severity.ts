import type { Finding, Severity } from '../lib/engine/types';

export const worstSeverity = (findings: Finding[]): Severity | null =>
  findings.some((f) => f.severity === 'high') ? 'high' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : null;
