// Every test run works in a schema of its own and drops it afterwards, so runs in parallel (or
// left over from a crash) never see each other's rows.
import { randomBytes } from 'node:crypto';
import { rawPostgres } from './connection.js';

/** A fresh schema name no other run uses; the prefix tells whose it is when one is left over. */
export function randomSchemaName(prefix = 'pastenym_test'): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await rawPostgres(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
