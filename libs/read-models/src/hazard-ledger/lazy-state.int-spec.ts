import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { liveTables, rebuildProjection } from '@hazard-ledger/projection-engine';
import { hazardLedger } from '.';
import { MINE, hazard, useHazardLog } from './hazard-log.fixture';

const expected = (table: string) => `${table}__expected`;

describe('state left unfolded by a rebuild, restored on the next event (real PostgreSQL)', () => {
  const log = useHazardLog();
  const { append } = log;
  const hash = async (table: string) =>
    (await log.ds.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${table} t`))[0].h as string;
  const docs = async (table: string) =>
    log.ds.query(`SELECT entity_id, revision::int, doc FROM ${table} ORDER BY entity_id`) as Promise<
      { entity_id: string; revision: number; doc: object | null }[]
    >;

  it('given a rebuilt ledger, when events (new ones and replays) arrive, then its rows equal an incremental build', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.listed), '2024-03-05T00:00:00.000Z');
    // A backdated event: the restored doc must carry the re-derived valid-time bookkeeping too.
    await append('hazard-h1', hazard('h1', [fx.aHazardDescriptionAmended()]), '2024-03-01T00:00:00.000Z');
    await append('hazard-h2', hazard('h2', fx.history.generalDetermined));
    const before = await log.read();
    // The reference: every event folded incrementally, into copies of the tables.
    for (const t of hazardLedger.tables) await log.ds.query(`CREATE TABLE ${expected(t)} (LIKE ${t} INCLUDING ALL)`);
    const reference = hazardLedger.create(expected, log.store);
    await log.ds.transaction((tx) => reference.apply(before, tx));
    // The live tables: built from zero by the partitioned rebuild, which leaves every doc NULL.
    await rebuildProjection({ dataSource: log.ds, feed: log.store, definition: hazardLedger });
    expect(await docs('hazard_ledger_state')).toEqual([
      { entity_id: 'h1', revision: before.filter((e) => e.streamId === 'hazard-h1').length - 1, doc: null },
      { entity_id: 'h2', revision: before.filter((e) => e.streamId === 'hazard-h2').length - 1, doc: null },
    ]);

    await append('hazard-h1', hazard('h1', [fx.aProductionSuspended()]));
    const after = await log.read(before.at(-1)!.logPosition);
    expect(after.map((e) => e.streamId)).toEqual(['hazard-h1']);
    // A replay of h1's and h2's old events comes with the new one: neither may add a version twice.
    const batch = [...before.slice(1), ...after];
    await log.ds.transaction((tx) => reference.apply(batch, tx));
    await log.ds.transaction((tx) => hazardLedger.create(liveTables, log.store).apply(batch, tx));

    for (const t of ['hazard_ledger', 'hazard_ledger_valid', 'hazard_ledger_mines'])
      expect({ t, h: await hash(t) }).toEqual({ t, h: await hash(expected(t)) });
    const [h1, h2] = await docs('hazard_ledger_state');
    const [ref1] = await docs(expected('hazard_ledger_state'));
    expect(h1).toEqual(ref1); // restored, advanced and stored like the incremental doc
    expect(h2.doc).toBeNull(); // only replays for h2: nothing changed, nothing restored or written
  });

  it('a stored revision the stream cannot reach is an error, not a fresh start, and the batch writes nothing', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.discovered));
    await log.read(); // a rebuild sees only the log below the read horizon: wait until it passes the appends
    await rebuildProjection({ dataSource: log.ds, feed: log.store, definition: hazardLedger });
    // As if the state row claimed more than the log holds (a restored backup of the read model ahead of the log).
    const [claimed] = await log.ds.query(
      `UPDATE hazard_ledger_state SET revision = 5 WHERE entity_id = 'h1' RETURNING entity_id`,
    );
    expect(claimed).toEqual([{ entity_id: 'h1' }]);
    const rows = await hash('hazard_ledger');
    await append('hazard-h1', hazard('h1', [fx.aMajorHazardDetermined()]));
    const batch = await log.read();
    await expect(
      log.ds.transaction((tx) => hazardLedger.create(liveTables, log.store).apply(batch.slice(-1), tx)),
    ).rejects.toThrow('cannot restore the state of h1 at revision 5');
    expect(await hash('hazard_ledger')).toBe(rows);
  });

  it('without the event feed, an unfolded state is an error and the batch writes nothing', async () => {
    await append(`mine-${MINE.mineId}`, [{ type: 'MineRegistered', data: MINE }]);
    await append('hazard-h1', hazard('h1', fx.history.discovered));
    await log.read(); // a rebuild sees only the log below the read horizon: wait until it passes the appends
    await rebuildProjection({ dataSource: log.ds, feed: log.store, definition: hazardLedger });
    const rows = await hash('hazard_ledger');
    await append('hazard-h1', hazard('h1', [fx.aMajorHazardDetermined()]));
    const batch = await log.read();
    await expect(
      log.ds.transaction((tx) => hazardLedger.create(liveTables).apply(batch.slice(-1), tx)),
    ).rejects.toThrow('state left unfolded by a rebuild needs the event feed');
    expect(await hash('hazard_ledger')).toBe(rows);
  });
});
