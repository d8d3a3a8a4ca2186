// talisman ships no types: the three phonetic functions people.matching.ts uses.
declare module 'talisman/phonetics/double-metaphone' {
  /** [primary, secondary] Double Metaphone codes. */
  export default function doubleMetaphone(word: string): [string, string];
}
declare module 'talisman/phonetics/french/phonex' {
  /** Phonex, a phonetic code for French names. */
  export default function phonex(word: string): string;
}
declare module 'talisman/phonetics/german/cologne' {
  /** Kölner Phonetik, a phonetic code for German (and Dutch) spelling. */
  export default function cologne(word: string): string;
}
