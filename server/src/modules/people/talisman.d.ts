// talisman ships no types: the three phonetic functions people.matching.ts uses.
// Imported with their .js extension: the built server is ES modules, and talisman has no "exports" map.
declare module 'talisman/phonetics/double-metaphone.js' {
  /** [primary, secondary] Double Metaphone codes. */
  export default function doubleMetaphone(word: string): [string, string];
}
declare module 'talisman/phonetics/french/phonex.js' {
  /** Phonex, a phonetic code for French names. */
  export default function phonex(word: string): string;
}
declare module 'talisman/phonetics/german/cologne.js' {
  /** Kölner Phonetik, a phonetic code for German (and Dutch) spelling. */
  export default function cologne(word: string): string;
}
