import { streams } from '@hazard-ledger/domain';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { benchEvent } from '../payload';
import { WriterKind } from '../measure';

type EmmettPostgres = typeof import('@event-driven-io/emmett-postgresql');

// dumbo (Emmett's driver layer) replaces pg's global int8/json/jsonb parsers on first use; restore them after
// Emmett's phase so nothing else in this process runs with Emmett's parsers.
const PATCHED_TYPES = [pg.types.builtins.INT8, pg.types.builtins.JSON, pg.types.builtins.JSONB];

const saveTypeParsers = (): (() => void) => {
  const saved = PATCHED_TYPES.map((oid) => [oid, pg.types.getTypeParser(oid, 'text')] as const);
  return () => saved.forEach(([oid, parser]) => pg.types.setTypeParser(oid, 'text', parser));
};

/**
 * Emmett 0.42 on its own database, given a pg.Pool of the same size as ours (its default would be pg's 10).
 * Stream versions are 1-based counts: 0n means "stream must not exist", enforced by the streams primary key.
 */
export const emmettWriterKind = async (connectionString: string, poolSize: number): Promise<WriterKind> => {
  const restoreTypeParsers = saveTypeParsers();
  // A devDependency: loaded only when this bench runs.
  const emmett: EmmettPostgres = await import('@event-driven-io/emmett-postgresql');
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'bench-emmett' });
  pool.on('error', () => undefined);
  const store = emmett.getPostgreSQLEventStore(connectionString, { connectionOptions: { pool } });
  const close = async () => {
    await store.close();
    await pool.end();
    restoreTypeParsers();
  };
  await store.schema.migrate().catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return {
    name: 'emmett',
    writer: () => {
      const streamName = streams.hazard(randomUUID());
      let expected = emmett.PostgreSQLEventStoreDefaultStreamVersion;
      return async () => {
        const { type, data, metadata } = benchEvent();
        const result = await store.appendToStream(streamName, [{ type, data, metadata }], {
          expectedStreamVersion: expected,
        });
        expected = result.nextExpectedStreamVersion;
      };
    },
    close,
  };
};
