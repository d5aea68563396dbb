import type { Finding } from '../engine/types';

/** Shown when an image or video is attached: the engine reads text, the guard sees attachments. */
export const ATTACHMENT_REMINDER: Finding = {
  ruleId: 'safeguarding.attachment-reminder',
  category: 'safeguarding',
  severity: 'info',
  start: 0,
  end: 0,
  excerpt: '',
  message: 'You have attached an image or video.',
  advice: 'Do not take or share images of service users. Share images of colleagues only with their express permission.',
  source: {
    doc: 'barnsley-social-networking-policy.txt',
    clause: '4.6',
    quote: 'You must not take and share images of service users. You can share images of colleagues with their express permission.',
  },
};
