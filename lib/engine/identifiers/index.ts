import { detectDob } from './dob';
import { detectEmail } from './email';
import { detectNhs } from './nhs';
import { detectNino } from './nino';
import { detectPhone } from './phone';
import { detectPostcode } from './postcode';
import type { Detector } from './types';

/** Built-in identifiers; "reference" is per council and compiled from its pattern. */
export const DETECTORS: Record<string, Detector> = {
  email: detectEmail,
  phone: detectPhone,
  postcode: detectPostcode,
  nino: detectNino,
  nhs: detectNhs,
  dob: detectDob,
};
