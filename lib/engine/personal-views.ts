import type { Token } from './tokenize';

/**
 * Recognises a personal-views statement in any wording: "views my own", "opinions r mine lol",
 * "I don't speak for my employer here", "just me talking, not the council", "my views, not my
 * employer's", "council worker but speaking for myself", #ViewsMyOwn. A fixed phrase list
 * misses most of these; what they share is a shape — an opinion word owned by the poster, or a
 * denial near the employer, or "speaking for myself" — matched here over folded tokens.
 */

const VIEW = new Set(['view', 'views', 'opinion', 'opinions', 'opinon', 'opinons', 'veiws', 'veiw', 'vews', 'thoughts', 'words', 'comments', 'posts', 'tweets', 'takes', 'rants', 'rant', 'opinyun']);
const OWNED = new Set(['own', 'mine', 'personal', 'personally', 'private', 'individual']);
const NEG = new Set(['not', 'no', 'dont', 'doesnt', 'isnt', 'arent', 'never', 'nothing', 'nowt', 'nt', 'wont', 'neither', 'nor']);
const SPEAK = new Set(['speak', 'speaking', 'speaks', 'spoke', 'represent', 'represents', 'representing', 'reflect', 'reflects', 'reflecting', 'official', 'officially', 'behalf', 'endorse', 'endorsed', 'endorsement', 'spokesperson', 'position', 'views', 'view', 'opinion', 'opinions', 'talking', 'posting', 'writing']);
const EMPLOYER = new Set(['employer', 'employers', 'council', 'councils', 'work', 'job', 'organisation', 'organisations', 'organization', 'authority', 'bosses', 'boss', 'workplace', 'department', 'directorate', 'la', 'office', 'management', 'corporate', 'officially', 'gaffer', 'colleagues', 'team', 'service']);
const SELF = new Set(['myself', 'me', 'meself', 'mesen', 'individual', 'resident', 'citizen', 'private', 'personally', 'mum', 'dad', 'parent', 'local', 'human']);
const SPEAKING = new Set(['speaking', 'speak', 'talking', 'writing', 'posting', 'tweeting', 'commenting', 'here']);
const TAGS = new Set([
  'viewsmyown', 'viewsaremyown', 'myviewsonly', 'allviewsmyown', 'opinionsmyown', 'opinionsaremyown', 'myopinion', 'myopinions',
  'personalview', 'personalviews', 'personalopinion', 'notofficial', 'viewsmine', 'ownviews', 'myownviews', 'notmyemployer', 'vmo',
]);

function near(tokens: readonly Token[], at: number, before: number, after: number, set: Set<string>): number {
  const lo = Math.max(0, at - before);
  const hi = Math.min(tokens.length - 1, at + after);
  for (let j = lo; j <= hi; j++) if (j !== at && set.has(tokens[j].norm)) return j;
  return -1;
}

/** Token index ranges of every personal-views statement in the post. */
export function personalViews(tokens: readonly Token[]): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    if (TAGS.has(w)) {
      found.push({ from: i, to: i });
      continue;
    }
    // "views (are) (all) my own", "opinions r mine", "my own views", "personal views", "views personal"
    if (VIEW.has(w)) {
      const owned = near(tokens, i, 2, 4, OWNED);
      if (owned >= 0) {
        found.push({ from: Math.min(i, owned), to: Math.max(i, owned) });
        continue;
      }
      // "my views, not my employer's" / "views not those of the council"
      const neg = near(tokens, i, 0, 4, NEG);
      if (neg >= 0 && near(tokens, neg, 0, 5, EMPLOYER) >= 0) {
        found.push({ from: i, to: near(tokens, neg, 0, 5, EMPLOYER) });
        continue;
      }
    }
    // "I don't speak for my employer", "not speaking on behalf of the council", "doesn't reflect work's position"
    if (NEG.has(w)) {
      const speak = near(tokens, i, 0, 3, SPEAK);
      if (speak >= 0) {
        const employer = near(tokens, speak, 0, 6, EMPLOYER);
        if (employer >= 0) {
          found.push({ from: i, to: employer });
          continue;
        }
      }
      // "just me talking, not the council" / "me not the council"
      const employer = near(tokens, i, 0, 3, EMPLOYER);
      if (employer >= 0 && near(tokens, i, 5, 0, SPEAKING) >= 0 && near(tokens, i, 6, 0, SELF) >= 0) {
        found.push({ from: Math.max(0, i - 4), to: employer });
        continue;
      }
    }
    // "speaking for myself", "speaking as a resident", "posting as a private individual", "wearing my own hat"
    if (SPEAKING.has(w) && w !== 'here') {
      const self = near(tokens, i, 0, 4, SELF);
      if (self >= 0 && (near(tokens, i, 0, 2, FOR_AS) >= 0)) {
        found.push({ from: i, to: self });
        continue;
      }
      if (tokens[i + 1]?.norm === 'personally') {
        found.push({ from: i, to: i + 1 });
        continue;
      }
    }
  }
  return found;
}

const FOR_AS = new Set(['for', 'as', 'on', 'in']);
