/**
 * The policy documents the packs cite (file names in shared/policies), by the title a person
 * knows them by. What the person reads always names the policy, never a file.
 */
export const DOCUMENT_TITLES: Record<string, string> = {
  'barnsley-social-networking-policy.txt': 'Barnsley Council Social Networking Policy',
  'barnsley-cabinet-report-2018.txt': "Barnsley Council's social media policy 2018-2020 (cabinet report)",
  'bracknell-forest-social-media-policy-2019.txt': 'Bracknell Forest Council Social Media Policy (2019)',
  'barling-magna-parish-social-media-policy.txt': 'Barling Magna Parish Council Social Media Policy Guidelines',
  'policy-committee-report-2015.txt': 'Social Media Strategy and Policy (Policy Committee report, 2015)',
};

/** A cited document's title; an unknown one (IT's own rules) is shown without its extension. */
export const documentTitle = (doc: string): string => DOCUMENT_TITLES[doc] ?? doc.replace(/\.(txt|pdf|docx?)$/i, '').replace(/[-_]+/g, ' ');
