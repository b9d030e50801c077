import fc from 'fast-check';
import { RecordedEvent } from '@hazard-ledger/domain';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { hazardLedgerModel, dualReportBoardModel, supervisionBoardModel } from '@hazard-ledger/read-models';
import {
  EntityModel,
  MineInfo,
  RowVersion,
  StoredEntity,
  advanceEntity,
  validHistory,
  MineTimeline,
  RangedVersion,
  foldStream,
} from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';

const STREAM = `hazard-${fx.HAZARD_ID}`;
const day = (d: number, h = 9) => new Date(Date.UTC(2024, 2, d, h)).toISOString().replace('.000Z', '.000000Z');
const mineEvent = (type: string, data: object, position: number) =>
  recordedAs(
    `mine-${fx.MINE_ID}`,
    position,
    { type, data: { mineId: fx.MINE_ID, ...data } },
    {
      recordedAt: day(1),
      position,
    },
  );
const registered = mineEvent(
  'MineRegistered',
  { name: '示范铁矿', jurisdiction: '140404', siteType: 'underground' },
  1,
);
const mines = MineTimeline.of([registered]);

/** A hazard's events, one a day from 10 March, positions after the mine's; `at` overrides (day, occurred day). */
const given = (events: { type: string; data: object }[], at: Record<number, [number, number]> = {}) => ({
  when: () => foldStream(hazardLedgerModel, stream(events, at), (id, e) => mines.at(id, e)),
});
const stream = (events: { type: string; data: object }[], at: Record<number, [number, number]>): RecordedEvent[] =>
  events.map((e, i) => {
    const [recorded, occurred] = at[i] ?? [10 + i, 10 + i];
    return recordedAs(STREAM, i, e, { recordedAt: day(recorded), occurredAt: day(occurred, 8), position: 10 + i });
  });
const ranges = (rows: { version: { from: string; revision: string; row?: { status: string } }; to: string | null }[]) =>
  rows.map((r) => [r.version.from, r.to, r.version.revision, r.version.row?.status]);

describe('foldStream: one whole stream into the rows a build from zero writes', () => {
  it('given three events on three days, then three system versions, each closed by the next, the last open', () => {
    const fold = given(fx.history.discovered.concat(fx.history.inRemediation.slice(1, 3))).when()!;
    expect(ranges(fold.system)).toEqual([
      [day(10), day(11), '0', 'discovered'],
      [day(11), day(12), '1', expect.any(String)],
      [day(12), null, '2', expect.any(String)],
    ]);
    expect(ranges(fold.valid).map((r) => r[0])).toEqual([day(10, 8), day(11, 8), day(12, 8)]);
    expect(fold.stored).toMatchObject({ id: fx.HAZARD_ID, revision: '2', systemFrom: day(12), validFrom: day(12, 8) });
  });

  it('given two events recorded at the same instant (one commit), then one system version: the later', () => {
    const fold = given(fx.history.inRemediation.slice(0, 2), { 1: [10, 11] }).when()!;
    expect(ranges(fold.system)).toEqual([[day(10), null, '1', expect.any(String)]]);
    expect(fold.valid).toHaveLength(2);
  });

  it('given a backdated event, then the valid-time history is derived anew, without the rows folded before it', () => {
    const fold = given(fx.history.inRemediation.slice(0, 3), { 2: [12, 10] }).when()!;
    // Valid time: the third event claims the 10th (before the second's 11th), so from the 10th it is in force.
    expect(ranges(fold.valid).map((r) => [r[0], r[1], r[2]])).toEqual([
      [day(10, 8), day(11, 8), '2'],
      [day(11, 8), null, '2'],
    ]);
    expect(fold.system).toHaveLength(3);
    expect(fold.stored).toMatchObject({ maxOccurredAt: day(11, 8), validFrom: day(11, 8) });
  });

  it('given a mine registered after the stream, then the hazard rows carry no mine (as the log had it then)', () => {
    const late = MineTimeline.of([{ ...registered, logPosition: { commit: 99n, prepare: 99n } }]);
    const fold = foldStream(hazardLedgerModel, stream(fx.history.discovered, {}), (id, e) => late.at(id, e))!;
    expect(fold.system[0].version.row).toMatchObject({ mineName: null, jurisdiction: null });
    const known = given(fx.history.discovered).when()!;
    expect(known.system[0].version.row).toMatchObject({ mineName: '示范铁矿', jurisdiction: '140404' });
  });

  it("given a stream with none of the model's events, then nothing; with two entities, then an error", () => {
    const other = recordedAs('hazard-x', 0, { type: 'SomethingElse', data: {} }, { recordedAt: day(10) });
    expect(foldStream({ ...hazardLedgerModel, entityOf: () => undefined }, [other], () => undefined)).toBeUndefined();
    const two = stream(fx.history.discovered.concat(fx.history.discovered), {});
    let n = 0;
    expect(() => foldStream({ ...hazardLedgerModel, entityOf: () => `e${n++}` }, two, () => undefined)).toThrow(
      /holds two entities/,
    );
  });
});

/**
 * The reference: the incremental projection's own step, advanceEntity, one event at a time, each version closed by
 * the next that starts elsewhere; a backdated event re-derives valid time with validHistory.
 */
const byAdvanceEntity = <S, R>(model: EntityModel<S, R>, events: RecordedEvent[]) => {
  const bound = {
    ...model,
    evolve: (s: S | undefined, e: RecordedEvent) => model.evolve(s, e, (id) => mines.at(id, e)),
  };
  let stored: StoredEntity<S> = { id: fx.HAZARD_ID, state: undefined, revision: '-1' };
  const system: RangedVersion<R>[] = [];
  let valid: RangedVersion<R>[] = [];
  let openSystem: RowVersion<R> | undefined;
  let openValid: RowVersion<R> | undefined;
  let rederive = false;
  const close = (rows: RangedVersion<R>[], open: RowVersion<R> | undefined, to: string | null) => {
    if (open?.row !== undefined && open.from !== to) rows.push({ version: open, to });
  };
  for (const e of events) {
    const step = advanceEntity(bound, stored, [e], () => undefined);
    const s = step.system[0];
    close(system, openSystem, s.from);
    openSystem = s;
    stored = { ...step.stored, systemFrom: s.row ? s.from : undefined };
    rederive ||= step.valid === 'recompute';
    if (rederive) continue;
    const v = (step.valid as RowVersion<R>[])[0];
    if (openValid && Date.parse(openValid.from) === Date.parse(v.from)) openValid = { ...v, from: openValid.from };
    else {
      close(valid, openValid, v.from);
      openValid = v;
    }
    stored = { ...stored, validFrom: openValid.row ? openValid.from : undefined };
  }
  close(system, openSystem, null);
  if (!rederive) close(valid, openValid, null);
  else {
    const versions = validHistory(bound, events, () => undefined);
    valid = versions.flatMap((v, i) => (v.row ? [{ version: v, to: versions[i + 1]?.from ?? null }] : []));
    const latest = [...events].sort((a, b) => Date.parse(a.metadata.occurredAt) - Date.parse(b.metadata.occurredAt));
    stored = {
      ...stored,
      maxOccurredAt: latest.at(-1)!.metadata.occurredAt,
      validFrom: versions.at(-1)?.row ? versions.at(-1)!.from : undefined,
    };
  }
  return { system, valid, stored };
};

const hour = (n: number) => new Date(Date.UTC(2024, 2, 1) + n * 3_600_000).toISOString();
// The same instant as Beijing time: claims may render one instant two ways.
const beijing = (n: number) => hour(n + 8).replace('.000Z', '+08:00');

describe('foldStream equals the incremental step (advanceEntity) on random streams', () => {
  const lifecycles = [fx.history.majorClosed, fx.history.escalated, fx.history.generalClosed];
  // Clock readings: mostly forward, often repeated (one commit), sometimes a step back; claims often backdated.
  const streams = fc
    .tuple(
      fc.constantFrom(...lifecycles),
      fc.array(fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -3, max: 3 })), {
        minLength: 18,
        maxLength: 18,
      }),
      fc.integer({ min: 1, max: 18 }),
    )
    .map(([lifecycle, steps, length]) => {
      let recorded = 100;
      let occurred = 100;
      return lifecycle.slice(0, length).map((e, i) => {
        recorded += steps[i][0];
        occurred += steps[i][1];
        return recordedAs(STREAM, i, e, {
          recordedAt: hour(recorded).replace('.000Z', '.000000Z'),
          occurredAt: steps[i][1] % 2 === 0 ? hour(occurred) : beijing(occurred),
          position: 10 + i,
        });
      });
    });

  it.each([hazardLedgerModel, dualReportBoardModel, supervisionBoardModel])(
    '$name: same rows, ranges and state',
    (model) => {
      fc.assert(
        fc.property(streams, (events) => {
          const fold = foldStream(model as EntityModel<unknown, unknown>, events, (id, e) => mines.at(id, e));
          const reference = byAdvanceEntity(model as EntityModel<unknown, unknown>, events);
          expect(fold && { system: fold.system, valid: fold.valid, stored: fold.stored }).toEqual(reference);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('MineTimeline: a mine as the log had it at an event', () => {
  const info = (grade: string | null): MineInfo => ({
    mineId: fx.MINE_ID,
    name: '示范铁矿',
    jurisdiction: '140404',
    siteType: 'underground',
    riskGrade: grade,
  });
  const timeline = MineTimeline.of([registered, mineEvent('MineRiskGradeChanged', { previous: null, next: 'B' }, 5)]);
  const at = (position: number) =>
    timeline.at(fx.MINE_ID, recordedAs(STREAM, 0, { type: 'X', data: {} }, { recordedAt: day(10), position }));

  it('is unknown before its registration, registered before its grade changes, graded after', () => {
    expect([at(0), at(3), at(7)]).toEqual([undefined, info(null), info('B')]);
    expect(timeline.latest()).toEqual([info('B')]);
  });
});
