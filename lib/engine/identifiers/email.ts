import { scan, type Detector } from './types';

const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;

// Inboxes that belong to a service, not a person: publishing them is not personal data.
const ROLE_WORDS =
  /^(info|enquir|contact|hello|admin|office|reception|press|media|comms|communications|news|marketing|customer|help|support|foi|dpo|data\.?protection|complaint|feedback|booking|event|jobs|career|recruit|no-?reply|donotreply|council|clerk|mail|team|sales|account|finance|planning|licen[cs]|housing|benefit|parking|waste|bins|librar|counciltax|council\.tax|information|safeguarding|social\.?media|digital|democratic|elections|electoral|mayor|chair|secretary|webmaster|general|services?)/i;
const ROLE_ANYWHERE = /(officer|team|service|enquir|compliance|helpdesk|office|unit|hub|centre|center)/i;

export const detectEmail: Detector = (text, env) => {
  if (!text.includes('@')) return [];
  const out = [];
  for (const m of scan(EMAIL, text)) {
    const address = m[0].toLowerCase();
    if (env.publicEmails.has(address)) continue;
    const [local, domain] = address.split('@');
    if (ROLE_WORDS.test(local) || ROLE_ANYWHERE.test(local)) continue;
    // A council account naming one of its own officers' work addresses is the council's business.
    if (env.account === 'council' && env.organisationDomains.some((d) => domain === d || domain.endsWith('.' + d))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
};
