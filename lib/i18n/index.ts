import { i18n } from '#i18n';

/**
 * Every string the person reads goes through here, so a council can add a language by adding
 * lib/i18n/locales/<locale>.yml (the browser picks the locale; en-GB is the default).
 * Keys are nested in the YAML and dotted here: t('popup.title').
 */
export const t = i18n.t;
