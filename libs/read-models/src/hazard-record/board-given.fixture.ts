import { RecordedEvent } from '@hazard-ledger/domain';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { recordedAs } from '@hazard-ledger/testing';
import { advanceEntity, EntityModel, MineInfo } from '@hazard-ledger/projection-engine';
import { HazardRecord } from './hazard-record';

const mine: MineInfo = {
  mineId: fx.MINE_ID,
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
export const mines = () => mine;
/** The events as the store delivers them, one a day, on the fixture hazard's stream. */
export const delivered = (events: { type: string; data: object }[]): RecordedEvent[] =>
  events.map((e, i) =>
    recordedAs(`hazard-${fx.HAZARD_ID}`, i, e, {
      recordedAt: `2024-03-${String(10 + i).padStart(2, '0')}T09:00:00.000000Z`,
    }),
  );

/** Given these events on a fresh hazard, then the model's latest row is (or, `undefined`, there is none). */
export const given = <Row>(model: EntityModel<HazardRecord, Row>, events: { type: string; data: object }[]) => {
  const step = advanceEntity(model, { id: fx.HAZARD_ID, state: undefined, revision: '-1' }, delivered(events), mines);
  return {
    step,
    then: (expected: Partial<Row> | undefined) =>
      expected === undefined
        ? expect(step.system.at(-1)?.row).toBeUndefined()
        : expect(step.system.at(-1)?.row).toEqual(expect.objectContaining(expected)),
  };
};
