import type { AccountKind } from '../types';

export interface IdentifierMatch {
  start: number;
  end: number;
  /** A format match that could be chance (an NHS checksum alone): low severity unless context says otherwise. */
  weak?: boolean;
}

/** What an identifier needs to tell someone's personal data from public information. */
export interface IdentifierEnv {
  account: AccountKind;
  /** Published contacts of the organisation (helplines, generic inboxes, buildings). */
  publicEmails: ReadonlySet<string>;
  publicPhones: ReadonlySet<string>;
  publicPostcodes: ReadonlySet<string>;
  organisationDomains: readonly string[];
  /** The post in lower case (computed once per check), for cheap prefilters. */
  lower: string;
  /** The day the post is written, for dates of birth. */
  today: Date;
}

export type Detector = (text: string, env: IdentifierEnv) => IdentifierMatch[];

/** Runs a global regex over `text`, yielding each match. */
export function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
