import { isDeepStrictEqual } from 'node:util';
import { hasPack, packIds } from '../packs';
import { validatePolicy } from '../policy/validate';
import { examplePolicy } from './example-policy';
import { readTemplate } from './read-back';
import { EXAMPLE_HOSTING, renderTemplate, TEMPLATE_FORMATS, type Hosting, type TemplateFormat } from './templates';

/**
 * A validated template: the pack's example policy in `format`, read back the way the browser
 * reads it and decoded by the extension's own managed decoder. Throws (naming the argument or
 * the problem) rather than hand IT a file that would not apply.
 */
export function validatedTemplate(packId: string, format: string, hosting: Hosting = EXAMPLE_HOSTING): string {
  if (!(TEMPLATE_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format: unknown format "${format}" (known: ${TEMPLATE_FORMATS.join(', ')})`);
  if (!/^[a-p]{32}$/.test(hosting.chromeId)) throw new Error(`--chrome-id: "${hosting.chromeId}" is not an extension id (32 letters a–p)`);
  if (!hasPack(packId)) throw new Error(`--pack: unknown pack "${packId}" (known: ${packIds().join(', ')})`);
  const policy = examplePolicy(packId);
  const valid = validatePolicy(policy);
  if (!valid.ok) throw new Error(`the example policy for "${packId}" is invalid: ${valid.errors.join('; ')}`);
  const text = renderTemplate(format as TemplateFormat, policy, hosting);
  for (const [browser, decoded] of Object.entries(readTemplate(format as TemplateFormat, text, hosting.chromeId))) {
    if (decoded.diagnostics.length)
      throw new Error(`${format} (${browser}): ${decoded.diagnostics.map((d) => `${d.key}: ${d.reason}`).join('; ')}`);
    if (!isDeepStrictEqual(decoded.policy, valid.policy)) throw new Error(`${format} (${browser}) does not read back as the policy it was made from`);
  }
  return text;
}
