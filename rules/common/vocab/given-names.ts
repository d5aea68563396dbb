import female from 'human-names/data/female-human-names-en.json';
import male from 'human-names/data/male-human-names-en.json';
import firstNames from './first-names.json';

// Given names that are everyday words or dates far more often than names at the start of a
// capitalised pair ("May Bank Holiday", "Will Thomas…" is rarer than "Will Council…").
const WORDS = new Set([
  'will', 'may', 'mark', 'hope', 'grace', 'page', 'april', 'june', 'august', 'rose', 'bill', 'summer', 'amber', 'ruby',
  'holly', 'ivy', 'pearl', 'joy', 'faith', 'sky', 'dawn', 'eve', 'art', 'rich', 'chase', 'drew', 'miles', 'guy', 'pat',
  'sue', 'carol', 'christian', 'major', 'king', 'rex', 'earl', 'baron', 'duke', 'prince', 'royal', 'angel', 'precious',
  'hunter', 'mason', 'cooper', 'taylor', 'parker', 'sunny', 'bay', 'cliff', 'dale', 'glen', 'heath', 'forrest',
  'lane', 'brook', 'brooke', 'field', 'ford', 'jewel', 'crystal', 'honey', 'candy', 'ginger', 'star', 'young', 'justice',
  'liberty', 'harmony', 'unity', 'trinity', 'destiny', 'genesis', 'haven', 'march', 'autumn', 'winter', 'sterling',
]);

/** English given names from the human-names package (~3,600) and our UK list, in lower case. */
export default {
  description:
    'Given names (the human-names package, English lists, plus the UK first names), minus those that are everyday words: for spotting a full name written as one.',
  terms: [...new Set([...female, ...male, ...firstNames.terms].map((n) => n.toLowerCase()))].filter((n) => !WORDS.has(n)),
};
