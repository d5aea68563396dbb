import type { Finding, Severity } from '../lib/engine/types';

/** Severity in words as well as colour: colour alone fails people who cannot tell the colours apart. */
export const SEVERITY_LABEL: Record<Severity, string> = { high: 'Serious', warning: 'Check', info: 'Note' };

export const worstSeverity = (findings: Finding[]): Severity | null =>
  findings.some((f) => f.severity === 'high') ? 'high' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : null;
