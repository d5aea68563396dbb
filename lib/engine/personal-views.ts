import type { Token } from './tokenize';

/**
 * Recognises a personal-views statement in any wording: "views my own", "opinions r mine lol",
 * "I don't speak for my employer here", "just me talking, not the council", "my views, not my
 * employer's", "council worker but speaking for myself", #ViewsMyOwn. A fixed phrase list
 * misses most of these; what they share is a shape — an opinion word owned by the poster, or a
 * denial near the employer, or "speaking for myself" — matched here over folded tokens.
 */

const VIEW = new Set(['view', 'views', 'opinion', 'opinions', 'opinon', 'opinons', 'veiws', 'veiw', 'vews', 'thoughts', 'words', 'comments', 'posts', 'tweets', 'takes', 'rants', 'rant', 'opinyun', 'feelings', 'ramblings', 'vibes', 'musings']);
const OWNED = new Set(['own', 'mine', 'personal', 'personally', 'private', 'individual']);
const NEG = new Set(['not', 'no', 'dont', 'doesnt', 'isnt', 'arent', 'never', 'nothing', 'nowt', 'nt', 'wont', 'neither', 'nor']);
const SPEAK = new Set(['speak', 'speaking', 'speaks', 'spoke', 'represent', 'represents', 'representing', 'reflect', 'reflects', 'reflecting', 'official', 'officially', 'behalf', 'endorse', 'endorsed', 'endorsement', 'spokesperson', 'position', 'views', 'view', 'opinion', 'opinions', 'talking', 'posting', 'writing']);
const EMPLOYER = new Set(['employer', 'employers', 'council', 'councils', 'work', 'job', 'organisation', 'organisations', 'organization', 'authority', 'bosses', 'boss', 'workplace', 'department', 'directorate', 'la', 'office', 'management', 'corporate', 'officially', 'gaffer', 'colleagues', 'team', 'service']);
const SELF = new Set(['myself', 'me', 'meself', 'mesen', 'individual', 'resident', 'citizen', 'private', 'personally', 'mum', 'dad', 'parent', 'local', 'human', 'granddaughter', 'grandson', 'daughter', 'son', 'wife', 'husband', 'nan', 'grandad', 'grandparent', 'carer', 'customer', 'parishioner', 'villager', 'taxpayer', 'neighbour', 'volunteer', 'fan', 'voter']);
const SPEAKING = new Set(['speaking', 'speak', 'talking', 'writing', 'posting', 'tweeting', 'commenting', 'here']);
const TAGS = new Set([
  'viewsmyown', 'viewsaremyown', 'myviewsonly', 'allviewsmyown', 'opinionsmyown', 'opinionsaremyown', 'myopinion', 'myopinions',
  'personalview', 'personalviews', 'personalopinion', 'notofficial', 'viewsmine', 'ownviews', 'myownviews', 'notmyemployer', 'vmo',
  'personalaccount', 'personalpage', 'personalopinions', 'myownopinion', 'myownopinions', 'notthecouncil', 'offduty', 'opinionsmine', 'viewsmyownobvs',
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
    const shape = otherShapes(tokens, i);
    if (shape) {
      found.push(shape);
      continue;
    }
    // "views (are) (all) my own", "opinions r mine", "my own views", "personal views", "views personal"
    if (VIEW.has(w)) {
      // "views in this post are mine alone": "mine" may come a few words on ("views of the
      // river from my own garden" must not count, so "own" stays close).
      let owned = near(tokens, i, 2, 4, OWNED);
      if (owned < 0) owned = near(tokens, i, 0, 6, MINE);
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
      const speak = near(tokens, i, 0, 4, SPEAK);
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
      const self = near(tokens, i, 0, 5, SELF);
      if (self >= 0 && (near(tokens, i, 0, 2, FOR_AS) >= 0)) {
        found.push({ from: i, to: self });
        continue;
      }
      // "speaking personally", "writing this personally", "speaking purely personally"
      const personally = near(tokens, i, 0, 3, PERSONALLY);
      if (personally >= 0) {
        found.push({ from: i, to: personally });
        continue;
      }
    }
  }
  return found;
}

const FOR_AS = new Set(['for', 'as', 'on', 'in']);
const PERSONALLY = new Set(['personally']);
const MINE = new Set(['mine']);
// "personal post", "my own account", "personal capacity", "my acct, not official"
const CHANNEL = new Set(['post', 'posts', 'account', 'acct', 'page', 'profile', 'capacity', 'hat', 'feed', 'opinion', 'opinions', 'take', 'blog', 'tweets', 'insta', 'socials', 'reflection', 'reflections', 'musings', 'ramble', 'rambles', 'thoughts', 'moan', 'tweet', 'comment']);
// "(my views obv)", "my opinion tho": a trailing word that closes the aside
const ASIDE_END = new Set(['obv', 'obvs', 'obviously', 'ofc', 'btw', 'only', 'etc', 'just']);
const MY_WORK = new Set(['work', 'job', 'employer', 'employers', 'workplace']);
const PERSONAL = new Set(['personal', 'own', 'private']);
// What a denial can be about: "not staff", "not on the payroll", "nothing official", "not for work"
const WORK_SIDE = new Set(['staff', 'payroll', 'official', 'officially', 'employee', 'employer', 'employers', 'work', 'works', 'council', 'councils', 'job', 'capacity', 'them', 'anyone', 'anybody', 'management', 'bosses', 'corporate', 'pc', 'parish', 'authority', 'organisation', 'organisations']);
// "my two pennies / pence / penn'orth", "my tuppence": an opinion framed as one's own
const PENNIES = new Set(['pennies', 'pence', 'penneth', 'pennorth', 'pennyworth', 'cents', 'penn']);
// "resident hat on", "mum hat", "my own hat", "work hat off"
const HAT_OWNER = new Set(['resident', 'mum', 'dad', 'parent', 'personal', 'own', 'local', 'home', 'citizen', 'villager', 'neighbour', 'private', 'civilian', 'volunteer']);
const ME = new Set(['me', 'mine', 'myself', 'meself']);

/**
 * The less formulaic statements real posts use: "(personal post, not for work)", "my acct, not
 * official", "(Me, not the council.)", "this is me as a daughter, not staff", "my views, not
 * Barnsley's", "nothing official from me", "not in my work capacity", "my opinions only".
 */
function otherShapes(tokens: readonly Token[], i: number): { from: number; to: number } | undefined {
  const w = tokens[i].norm;
  const next = (k: number) => tokens[i + k]?.norm;
  // "personal post / page / account / capacity", "my own account", "own opinions"
  if (PERSONAL.has(w) && CHANNEL.has(next(1) ?? '')) return { from: i, to: i + 1 };
  if (w === 'own' && next(1) && CHANNEL.has(next(1)!)) return { from: i, to: i + 1 };
  // "my acct, not official" / "my page, not the council's"
  if (w === 'my' && CHANNEL.has(next(1) ?? '') && NEG.has(next(2) ?? '')) return { from: i, to: i + 2 };
  // An opinion of mine: "my views, not Barnsley's", "(my views obv)", "just my opinion",
  // "my views as a resident", "my account, my views", "(my views)" closing the post
  if (w === 'my' && VIEW.has(next(1) ?? '')) {
    if (NEG.has(next(2) ?? '') || next(2) === 'only') return { from: i, to: i + 2 };
    if (ASIDE_END.has(next(2) ?? '') || tokens[i - 1]?.norm === 'just') return { from: i, to: i + 1 };
    if (next(2) === 'as' && asSelf(tokens, i + 3)) return { from: i, to: i + 3 };
    if (tokens[i - 2]?.norm === 'my') return { from: i - 2, to: i + 1 };
    if ((next(1) === 'views' || next(1) === 'opinions') && next(2) === undefined) return { from: i, to: i + 1 };
  }
  // "views on here are (all / entirely) my own", "opinions above are very much my own", "views … belong to me"
  if ((w === 'own' && tokens[i - 1]?.norm === 'my') || (w === 'me' && tokens[i - 1]?.norm === 'to' && BELONG.has(tokens[i - 2]?.norm ?? ''))) {
    const lead = w === 'own' ? tokens[i - 2]?.norm ?? '' : 'are';
    const after = next(1);
    const view = near(tokens, i, 10, 0, VIEW);
    if (view >= 0 && (OWN_LEAD.has(lead) || after === undefined || OWN_AFTER.has(after))) return { from: view, to: i };
  }
  // "just me as a parent"
  if (w === 'me' && tokens[i - 1]?.norm === 'just' && next(1) === 'as' && asSelf(tokens, i + 2)) return { from: i, to: i + 2 };
  // "in my own time, not as a council officer", "personally, not as your Clerk"
  if (NEG.has(w) && next(1) === 'as') {
    const role = near(tokens, i + 1, 0, 4, ROLE);
    if (role >= 0) return { from: i, to: role };
  }
  // "not the council talking", "not the parish council speaking", "not work, just me", "not work related"
  if (NEG.has(w)) {
    const side = near(tokens, i, 0, 3, WORK_SIDE);
    const speaking = side >= 0 ? near(tokens, side, 0, 2, SPEAKING) : -1;
    if (speaking >= 0 && tokens[speaking].norm !== 'here') return { from: i, to: speaking };
    if (side === i + 1 && tokens[side].norm === 'work' && (WORK_ASIDE.has(next(2) ?? '') || (next(2) === 'just' && ME.has(next(3) ?? '')))) return { from: i, to: i + 2 };
  }
  // "not speaking for anyone"
  if (NEG.has(w) && SPEAKING.has(next(1) ?? '') && next(2) === 'for' && ['anyone', 'anybody', 'them'].includes(next(3) ?? '')) return { from: i, to: i + 3 };
  // "my own takeaways, not my employer's", "my own, rather than the council's",
  // "very much mine rather than my employer's", "(mine, not the council's)"
  if ((w === 'own' && tokens[i - 1]?.norm === 'my') || w === 'mine') {
    const contrast = near(tokens, i, 0, 2, CONTRAST);
    const side = contrast >= 0 ? near(tokens, contrast, 0, 3, WORK_SIDE) : -1;
    if (side >= 0 && !modifiesNoun(tokens, side)) return { from: w === 'own' ? i - 1 : i, to: side };
  }
  // "nothing to do with work", "nowt to do wi' my job"
  if ((w === 'nothing' || w === 'nowt') && next(1) === 'to' && next(2) === 'do') {
    const job = near(tokens, i + 3, 0, 3, MY_WORK);
    if (job >= 0) return { from: i, to: job };
  }
  // "usual disclaimer applies", "standard disclaimers apply"
  if ((w === 'disclaimer' || w === 'disclaimers') && (['usual', 'standard', 'normal'].includes(tokens[i - 1]?.norm ?? '') || ['apply', 'applies'].includes(next(1) ?? ''))) return { from: Math.max(0, i - 1), to: i };
  // "my opinions only"
  if (VIEW.has(w) && next(1) === 'only' && tokens[i - 1]?.norm === 'my') return { from: i - 1, to: i + 1 };
  // "resident hat on", "wearing my mum hat", "work hat off", "council hat off"
  if (w === 'hat' || w === 'hats') {
    const prev = tokens[i - 1]?.norm ?? '';
    if (HAT_OWNER.has(prev) && (prev !== 'own' || tokens[i - 2]?.norm === 'my')) return { from: i - 1, to: i };
    if (next(1) === 'off' && WORK_SIDE.has(prev)) return { from: i - 1, to: i + 1 };
  }
  // "off duty", "off the clock"
  if (w === 'off' && (next(1) === 'duty' || (next(1) === 'the' && next(2) === 'clock'))) return { from: i, to: i + (next(1) === 'duty' ? 1 : 2) };
  // "my two pennies, not my employer's"
  if (w === 'my' && (next(1) === 'two' || next(1) === 'tuppence') && (PENNIES.has(next(2) ?? '') || next(1) === 'tuppence')) {
    const neg = near(tokens, i, 0, 8, NEG);
    if (neg >= 0 && near(tokens, neg, 0, 3, WORK_SIDE) >= 0) return { from: i, to: near(tokens, neg, 0, 3, WORK_SIDE) };
  }
  if (NEG.has(w)) {
    // "not the council's view(s)", "not my employer's opinion"
    const whose = near(tokens, i, 0, 3, WORK_SIDE);
    if (whose >= 0 && VIEW.has(tokens[whose + 1]?.norm ?? '')) return { from: i, to: whose + 1 };
    // "nothing official from me", "not an official tip/one/post/view", "not official" next to me/my/this
    const official = near(tokens, i, 0, 3, OFFICIAL);
    // "not official yet", "not officially out till Monday": a hint of news, not a disclaimer
    if (official >= 0 && near(tokens, official, 0, 3, NOT_YET) < 0) {
      const mine = near(tokens, official, 6, 3, OWNERISH);
      if (mine >= 0) return { from: Math.min(i, mine), to: Math.max(official, mine) };
    }
    // "(Me, not the council.)", "this is me as a daughter, not staff", "just me, not work"
    const side = near(tokens, i, 0, 4, WORK_SIDE);
    if (side >= 0 && near(tokens, i, 8, 0, ME) >= 0) return { from: Math.max(0, i - 3), to: side };
    // "I'm a library user not staff", "a resident, not on the payroll"
    if (side >= 0 && ['staff', 'payroll', 'employee'].includes(tokens[side].norm)) return { from: i, to: side };
    // "not in my work capacity", "not in a work capacity"
    if (near(tokens, i, 0, 4, CAPACITY) >= 0) return { from: i, to: near(tokens, i, 0, 4, CAPACITY) };
  }
  return undefined;
}

const OFFICIAL = new Set(['official', 'officially']);

/**
 * "my own car, not the council van": the work word names a thing, not whose view it is. It is
 * followed straight on (one space, no punctuation) by another word that is not a view or an aside.
 */
function modifiesNoun(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || !ATTRIBUTIVE.has(tokens[at].norm) || next.start - tokens[at].end !== 1) return false;
  return !VIEW.has(next.norm) && !SPEAKING.has(next.norm) && !ASIDE_END.has(next.norm) && !OWN_AFTER.has(next.norm);
}
const ATTRIBUTIVE = new Set(['council', 'work', 'employer', 'authority', 'organisation', 'parish', 'job', 'staff', 'management', 'corporate', 'pc', 'payroll']);
const CONTRAST = new Set([...NEG, 'rather', 'instead']);

/** "as a resident", "as mum": the words from `at` say the poster is posting as themselves. */
function asSelf(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.norm ?? '';
  return SELF.has(w) || ((w === 'a' || w === 'an') && SELF.has(tokens[at + 1]?.norm ?? ''));
}
const WORK_ASIDE = new Set(['related', 'talk', 'stuff', 'hat']);
const NOT_YET = new Set(['yet', 'till', 'until', 'til', 'before']);
const BELONG = new Set(['belong', 'belongs', 'belonging']);
// What comes before "my own" when it closes an opinion ("are my own"), or after it ("my own, not…")
const OWN_LEAD = new Set(['are', 'r', 'is', 'all', 'entirely', 'solely', 'totally', 'purely', 'wholly', 'completely', 'much', 'been', 'remain', 'stay', 'strictly']);
const OWN_AFTER = new Set(['not', 'and', 'as', 'lol', 'obv', 'obvs', 'x', 'btw', 'alone', 'only', 'always', 'ever']);
// Roles one can post "not as": "not as a council officer", "not as your Clerk"
const ROLE = new Set(['officer', 'clerk', 'worker', 'employee', 'staff', 'councillor', 'cllr', 'council', 'manager', 'official', 'rep', 'representative', 'spokesperson', 'warden']);
const OWNERISH = new Set(['me', 'my', 'mine', 'myself', 'this', 'post', 'tip', 'one', 'view', 'views', 'statement', 'acct', 'account', 'page', 'just', 'im']);
const CAPACITY = new Set(['capacity', 'hat']);
