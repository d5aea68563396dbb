// The policy schema lives with the one settings model; re-exported for the CLI and tests.
export { councilAccountSchema, ENFORCEMENT_MODES, LOCKABLE_SETTINGS, policySchema } from '../settings/schema';
export type { EnforcementMode, Policy } from '../settings/schema';
