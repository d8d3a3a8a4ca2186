/** The parts of Frictionless' `tableschema` (Table Schema validator and csv reader) that the tests use. */
declare module 'tableschema' {
  interface Schema {
    castRow(row: unknown[]): Promise<unknown[]>;
  }
  interface Table {
    headers: string[] | null;
    schema: Schema | null;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  const tableschema: {
    validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
    Table: { load(source: unknown, options?: { schema?: unknown; headers?: number }): Promise<Table> };
    Schema: { load(descriptor: unknown, options?: { strict?: boolean }): Promise<Schema> };
  };
  export default tableschema;
}
