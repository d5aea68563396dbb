import { createHash } from 'node:crypto';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../identity';
import { chromeManagedSchema } from '../settings/chrome-schema';
import { JSON_STRING_KEYS } from '../settings/managed';
import type { Policy } from '../settings/schema';
import { toManagedValues } from './example-policy';

/**
 * The deployment templates (`npm run policy -- template`): one policy written the way each
 * platform's policy mechanism carries it. lib/deploy/read-back.ts reads each one back the way
 * the browser does, and the CLI refuses to print a template that does not decode to its policy.
 */
export const TEMPLATE_FORMATS = ['chrome-linux', 'windows-reg', 'macos-mobileconfig', 'firefox', 'admin-console'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export interface Hosting {
  /** The Chrome/Edge extension id: the project's, or the one `npm run pack:crx` prints for IT's own key. */
  chromeId: string;
  /** The gupdate manifest of a self-hosted CRX (npm run pack:crx writes it). */
  updateUrl: string;
  /** Where the Firefox .xpi is hosted. */
  xpiUrl: string;
}
export const EXAMPLE_HOSTING: Hosting = {
  chromeId: CHROME_EXTENSION_ID,
  updateUrl: 'https://intranet.example.gov.uk/postwise/update.xml',
  xpiUrl: 'https://intranet.example.gov.uk/postwise/postwise-firefox.xpi',
};

export const TEMPLATE_FILE_NAMES: Record<TemplateFormat, string> = {
  'chrome-linux': 'postwise.json',
  'windows-reg': 'postwise.reg',
  'macos-mobileconfig': 'postwise.mobileconfig',
  firefox: 'policies.json',
  'admin-console': 'postwise-admin-console.json',
};

const forceInstall = (h: Hosting) => ({ [h.chromeId]: { installation_mode: 'force_installed', update_url: h.updateUrl } });

export function renderTemplate(format: TemplateFormat, policy: Policy, hosting: Hosting = EXAMPLE_HOSTING): string {
  switch (format) {
    case 'chrome-linux':
      return chromeLinux(policy, hosting);
    case 'windows-reg':
      return windowsReg(policy, hosting);
    case 'macos-mobileconfig':
      return mobileconfig(policy, hosting);
    case 'firefox':
      return firefox(policy, hosting);
    case 'admin-console':
      return adminConsole(policy);
  }
}

/** /etc/opt/chrome/policies/managed/, /etc/chromium/policies/managed/, /etc/opt/edge/policies/managed/. */
function chromeLinux(policy: Policy, h: Hosting): string {
  return (
    JSON.stringify(
      {
        ExtensionInstallForcelist: [`${h.chromeId};${h.updateUrl}`],
        ExtensionSettings: forceInstall(h),
        '3rdparty': { extensions: { [h.chromeId]: toManagedValues(policy) } },
      },
      null,
      2,
    ) + '\n'
  );
}

/** JSON with every character outside ASCII escaped, so a .reg file stays plain ASCII. */
const asciiJson = (v: unknown) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export const REGISTRY_ROOTS = {
  chrome: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge',
} as const;

/**
 * Chrome's registry reader converts each value by the extension's managed schema: REG_DWORD
 * for booleans and integers, REG_SZ for strings, and REG_SZ holding JSON for a list or object
 * (components/policy/core/common/registry_dict.cc: "lists encoded as JSON strings" are accepted
 * like dictionaries), which keeps one value per setting.
 */
function windowsReg(policy: Policy, h: Hosting): string {
  const schema = chromeManagedSchema().properties ?? {};
  const values = Object.entries(toManagedValues(policy)).map(([key, value]) => {
    const type = schema[key]?.type;
    if (type === 'boolean') return `${regString(key)}=dword:${value ? '00000001' : '00000000'}`;
    if (type === 'integer' || type === 'number') return `${regString(key)}=dword:${(value as number).toString(16).padStart(8, '0')}`;
    // Plain strings here are ids and enum values (ASCII); JSON is re-escaped to ASCII.
    const text = typeof value !== 'string' ? asciiJson(value) : (JSON_STRING_KEYS as readonly string[]).includes(key) ? asciiJson(JSON.parse(value)) : value;
    return `${regString(key)}=${regString(text)}`;
  });
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const root of Object.values(REGISTRY_ROOTS)) {
    lines.push(`[${root}\\ExtensionInstallForcelist]`, `"1"=${regString(`${h.chromeId};${h.updateUrl}`)}`, '');
    lines.push(`[${root}\\3rdparty\\extensions\\${h.chromeId}\\policy]`, ...values, '');
  }
  return lines.join('\r\n');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.map((v) => plistValue(v, indent + '  ')), `${indent}</array>`].join('\n');
  const entries = Object.entries(value as Record<string, unknown>);
  return [`${indent}<dict>`, ...entries.flatMap(([k, v]) => [`${indent}  <key>${xml(k)}</key>`, plistValue(v, indent + '  ')]), `${indent}</dict>`].join('\n');
}

/** A stable UUID per payload, so regenerating a profile does not make MDM see a new one. */
const uuid = (seed: string) => {
  const h = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const macPayloadTypes = (chromeId: string) => ({
  chrome: `com.google.Chrome.extensions.${chromeId}`,
  edge: `com.microsoft.Edge.extensions.${chromeId}`,
});

/** A configuration profile: force-install and the extension's settings, for Chrome and Edge. */
function mobileconfig(policy: Policy, h: Hosting): string {
  const managed = toManagedValues(policy);
  const types = macPayloadTypes(h.chromeId);
  const payload = (type: string, name: string, body: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadIdentifier: `uk.gov.example.postwise.${name}`,
    PayloadUUID: uuid(`${policy.pack}:${type}`),
    PayloadVersion: 1,
    PayloadDisplayName: `Postwise: ${name}`,
    ...body,
  });
  const profile = {
    PayloadContent: [
      payload('com.google.Chrome', 'chrome-install', { ExtensionInstallForcelist: [`${h.chromeId};${h.updateUrl}`] }),
      payload(types.chrome, 'chrome-settings', managed),
      payload('com.microsoft.Edge', 'edge-install', { ExtensionInstallForcelist: [`${h.chromeId};${h.updateUrl}`] }),
      payload(types.edge, 'edge-settings', managed),
    ],
    PayloadDisplayName: 'Postwise',
    PayloadDescription: 'Installs Postwise and sets the organisation policy it checks posts against.',
    PayloadIdentifier: 'uk.gov.example.postwise',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuid(`${policy.pack}:profile`),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** policies.json: Firefox carries any JSON, so custom rules stay an array here. */
function firefox(policy: Policy, h: Hosting): string {
  return (
    JSON.stringify(
      {
        policies: {
          ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: h.xpiUrl } },
          '3rdparty': { Extensions: { [GECKO_ID]: policy } },
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/**
 * Google Admin console → Devices → Chrome → Apps & extensions → (the extension) → "Policy for
 * extensions": a JSON object of the settings, each wrapped as {"Value": …}.
 */
function adminConsole(policy: Policy): string {
  return JSON.stringify(Object.fromEntries(Object.entries(toManagedValues(policy)).map(([k, v]) => [k, { Value: v }])), null, 2) + '\n';
}
