import { RecordedEvent } from '@hazard-ledger/domain';
import { recordedAs } from '@hazard-ledger/testing';
import { Fact, FactModel, factOf } from './fact-history';

/** An event at a given instant (and valid time), numbered in the order listed. */
export interface At {
  event: { type: string; data: object };
  streamId: string;
  recordedAt: string;
  occurredAt?: string;
}

export const delivered = (events: At[]): RecordedEvent[] =>
  events.map((e, i) =>
    recordedAs(e.streamId, i, e.event, { recordedAt: e.recordedAt, occurredAt: e.occurredAt, position: i + 1 }),
  );

/** Given these events, then the entity's row (after all of them) is expected to match. */
export const givenFacts = <Row>(model: FactModel<Row>, events: At[]) => {
  const facts = new Map<string, Fact[]>();
  for (const e of delivered(events))
    for (const id of model.entitiesOf(e)) facts.set(id, [...(facts.get(id) ?? []), factOf(model, e)]);
  return {
    facts,
    rowOf: (id: string) => model.rowOf(id, facts.get(id) ?? []),
    then: (id: string, expected: Partial<Row> | undefined) =>
      expected === undefined
        ? expect(model.rowOf(id, facts.get(id) ?? [])).toBeUndefined()
        : expect(model.rowOf(id, facts.get(id) ?? [])).toMatchObject(expected),
  };
};
