import barlingMagna from '../../rules/barling-magna.json';
import barnsley from '../../rules/barnsley.json';
import bracknellForest from '../../rules/bracknell-forest.json';
import common from '../../rules/common';
import policyCommittee2015 from '../../rules/policy-committee-2015.json';
import baselineModel from '../../rules/models/baseline.json';
import { modelSchema, type ModelFile } from '../engine/model/schema';
import type { Pack } from '../engine/types';
import { resolvePack } from './resolve';
import { packSchema, type PackFile } from './schema';
import { formatIssues } from '../schema-errors';

/** The packs shipped in rules/. A new council is one JSON file plus one line here. */
const SHIPPED: unknown[] = [common, barnsley, bracknellForest, barlingMagna, policyCommittee2015];

export const DEFAULT_PACK_ID = 'common';

let files: Map<string, PackFile> | undefined;

/** Parses every shipped pack; a malformed one is a programming error, reported with its field. */
function packFiles(): Map<string, PackFile> {
  if (!files) {
    files = new Map();
    for (const raw of SHIPPED) {
      const parsed = packSchema.safeParse(raw);
      const id = (raw as { id?: string }).id ?? '?';
      if (!parsed.success) throw new Error(`rules/${id}.json: ${formatIssues(parsed.error.issues)}`);
      files.set(parsed.data.id, parsed.data);
    }
  }
  return files;
}

const resolved = new Map<string, Pack>();

let model: ModelFile | undefined;
/** The learned layer every shipped pack uses (rebuilt by npm run train). */
function shippedModel(): ModelFile {
  if (!model) {
    const parsed = modelSchema.safeParse(baselineModel);
    if (!parsed.success) throw new Error(`rules/models/baseline.json: ${formatIssues(parsed.error.issues)}`);
    model = parsed.data;
  }
  return model;
}

export function packIds(): string[] {
  return [...packFiles().keys()];
}

export function hasPack(id: string): boolean {
  return packFiles().has(id);
}

/** The pack with everything it extends merged in. Throws for an unknown id. */
export function getPack(id: string): Pack {
  let pack = resolved.get(id);
  if (!pack) {
    const file = packFiles().get(id);
    if (!file) throw new Error(`unknown pack "${id}" (known: ${packIds().join(', ')})`);
    pack = { ...resolvePack(file, packFiles()), model: shippedModel() };
    resolved.set(id, pack);
  }
  return pack;
}

export function packSummaries(): { id: string; name: string; description: string }[] {
  return [...packFiles().values()].map(({ id, name, description }) => ({ id, name, description }));
}
