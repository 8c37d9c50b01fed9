/** Types of scripts/web-client.mjs, for the test that keeps the portal's client types current. */
export declare const SCHEMA_FILE: string;
export declare function renderSchema(document: unknown): Promise<string>;
