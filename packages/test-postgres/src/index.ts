export { POSTGRES_URL, probePostgres, rawPostgres, redactedUrl } from './connection.js';
export { describeWithPostgres } from './describe-with-postgres.js';
export { dropSchema, randomSchemaName } from './schemas.js';
