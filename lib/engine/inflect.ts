/**
 * Regular English inflections of a base word, generated once when a pack is compiled
 * so that matching stays a single map look-up per word. Irregular forms are listed
 * in the packs themselves.
 */
const NO_INFLECT = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'at', 'in', 'on', 'of', 'to',
  'for', 'by', 'and', 'or', 'is', 'are', 'was', 'be', 'been', 'it', 'this', 'that', 'i', 'we', 'you',
  'me', 'us', 'not', 'no', 'with', 'from', 'as', 'all', 'own', 'so', 'up', 'out', 'off', 'do', 'has',
]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

export function inflections(word: string): string[] {
  if (word.length < 3 || NO_INFLECT.has(word) || !/^[a-z]+$/.test(word)) return [word];
  const forms = new Set([word, word + 's']);
  const last = word[word.length - 1];
  const stem = word.slice(0, -1);
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(word + 'es');
  if (last === 'y' && !VOWELS.has(word[word.length - 2])) {
    forms.add(stem + 'ies');
    forms.add(stem + 'ied');
    forms.add(word + 'ing');
    return [...forms];
  }
  if (last === 'e') {
    forms.add(word + 'd');
    forms.add(stem + 'ing');
    forms.add(word + 'r');
    forms.add(word + 'rs');
    return [...forms];
  }
  forms.add(word + 'ed');
  forms.add(word + 'ing');
  forms.add(word + 'er');
  forms.add(word + 'ers');
  // stop → stopped, slag → slagging: a short word ending consonant-vowel-consonant doubles.
  const n = word.length;
  if (
    n <= 5 &&
    !VOWELS.has(last) && !'wxy'.includes(last) &&
    VOWELS.has(word[n - 2]) && !VOWELS.has(word[n - 3])
  ) {
    forms.add(word + last + 'ed');
    forms.add(word + last + 'ing');
    forms.add(word + last + 'er');
  }
  return [...forms];
}
