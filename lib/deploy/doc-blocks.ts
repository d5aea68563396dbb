import { validatedTemplate } from './template';
import { TEMPLATE_FORMATS, type TemplateFormat } from './templates';

/**
 * docs/deployment.md shows each template exactly as `npm run policy -- template --pack barnsley`
 * writes it: a `<!-- template FORMAT -->` marker followed by the block. `npm run docs:deployment`
 * rewrites the blocks; a unit test fails if they differ, so the docs cannot drift.
 */
export const DOC_PACK = 'barnsley';
const LANG: Record<TemplateFormat, string> = { 'chrome-linux': 'json', 'windows-reg': 'reg', 'macos-mobileconfig': 'xml', firefox: 'json', 'admin-console': 'json' };
const MARKER = /<!-- template ([a-z-]+) -->\n(?:\n?```[a-z]*\n[\s\S]*?```\n)?/g;

export function withTemplateBlocks(doc: string): string {
  return doc.replace(MARKER, (_, format: string) => {
    if (!(TEMPLATE_FORMATS as readonly string[]).includes(format)) throw new Error(`docs: unknown template marker "${format}"`);
    const text = validatedTemplate(DOC_PACK, format).replace(/\r\n/g, '\n');
    return `<!-- template ${format} -->\n\n\`\`\`${LANG[format as TemplateFormat]}\n${text.endsWith('\n') ? text : text + '\n'}\`\`\`\n`;
  });
}
