/**
 * Our buttons act only on events the browser made for a real person: a page script that
 * somehow reached one could otherwise press "Post anyway" and have it logged as the person's
 * own choice. A keyboard-activated button's click is trusted too.
 */
export const trusted =
  <E extends Event>(handler: (e: E) => void) =>
  (e: E) => {
    if (e.isTrusted) handler(e);
  };
