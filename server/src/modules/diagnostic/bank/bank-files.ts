import bankV1 from './bank-v1.json';
import bankV2 from './bank-v2.json';

/** The bank files written with the project, oldest first: a new version adds items, it never edits those given out. */
export const BANK_FILES = [bankV1, bankV2];

export interface BankFileItem {
  code: string;
  area: string;
  level: number;
  difficulty: number;
  kind: string;
  pictogram: string;
  prompt: { fr: string; nl: string; en: string };
  task?: string | null;
  scene?: string | null;
  accept?: string[];
  caseSensitive?: boolean;
  dragLabel?: { fr: string; nl: string; en: string } | null;
  options?: { key: string; pictogram: string; label: { fr: string; nl: string; en: string } }[];
  answer?: string;
}

/** Every item of the bank files (tests, the simulation and the browser tests answer from it). */
export const BANK_ITEMS: BankFileItem[] = BANK_FILES.flatMap((f) => f.items as BankFileItem[]);
export const BANK_VERSION = Math.max(...BANK_FILES.map((f) => f.version));
