/**
 * What the imports module offers the modules listed after it: the reader of uploaded spreadsheets (xlsx or csv told
 * apart by their content, any common encoding and separator), with its localised refusals (not a spreadsheet, no
 * header, empty, too large).
 */
export { readSheet, MAX_FILE_BYTES, type Sheet } from './imports.read';
