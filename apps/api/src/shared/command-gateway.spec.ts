import { ForbiddenException } from '@nestjs/common';
import { Request } from 'express';
import { Actor, Command, Decider, DomainEvent, RecordedEvent, START } from '@hazard-ledger/domain';
import { AppendResult, EventStore, WrongExpectedRevision } from '@hazard-ledger/event-store';
import { CommandGateway, GatewayCommand } from './command-gateway';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStore } from '@hazard-ledger/file-store';
import { EvidenceOnFile } from './evidence-on-file';

type Count = Command<'Count', Record<string, never>>;
const counter: Decider<Count, DomainEvent, number> = {
  initialState: () => 0,
  evolve: (n) => n + 1,
  decide: () => [{ type: 'Counted', data: {} }],
};

const leader: Actor = { id: 'u-1', name: '王', role: 'supervising_leader', org: '局', jurisdictions: ['140404'] };
const request = { header: () => undefined, path: '/mines/m-1/count', body: {} } as unknown as Request;

const recorded = (revision: bigint) => ({ revision, eventId: `e-${revision}`, metadata: {} }) as RecordedEvent;

/** A store whose stream gains an event from another writer between the first load and the first append. */
const racedStore = () => {
  const history = [recorded(0n)];
  const appends: unknown[] = [];
  const store = {
    readStream: jest.fn(async () => [...history]),
    append: jest.fn(async (_id: string, _events: unknown[], expected: unknown): Promise<AppendResult> => {
      appends.push(expected);
      if (appends.length === 1) {
        history.push(recorded(1n));
        throw new WrongExpectedRevision('mine-m-1', expected as bigint, 1n);
      }
      return { streamId: 'mine-m-1', nextExpectedRevision: 2n, position: 9n, logPosition: START };
    }),
  };
  return { store, appends };
};

// The counter cites no evidence: an empty local file store answers the gateway's evidence check.
const gatewayOn = (store: object) =>
  new CommandGateway(
    store as unknown as EventStore,
    { now: () => '2026-12-07T00:00:00.000Z' },
    new EvidenceOnFile(new LocalFileStore(join(tmpdir(), 'gateway-spec-files'))),
  );

const countCommand = (scope: GatewayCommand<Count, number>['scope']): GatewayCommand<Count, number> => ({
  id: 'm-1',
  streamId: 'mine-m-1',
  decider: counter,
  access: { roles: ['supervising_leader'] },
  command: { type: 'Count', data: {} },
  actor: leader,
  scope,
  request,
});

describe('CommandGateway: load once, scope from the loaded state, authorise, decide, append at that revision', () => {
  it('appends at exactly the revision it loaded, and after a lost race loads, scopes and appends again', async () => {
    const { store, appends } = racedStore();
    const scope = jest.fn((n: number) => ({ mineId: 'm-1', jurisdiction: '140404', seen: n }));
    const accepted = await gatewayOn(store).execute(countCommand(scope));
    expect(appends).toEqual([0n, 1n]);
    expect(store.readStream).toHaveBeenCalledTimes(2);
    expect(scope.mock.calls.map(([n]) => n)).toEqual([1, 2]);
    expect(accepted).toMatchObject({ id: 'm-1', revision: '2' });
  });

  it('authorises again on the fresh state: a scope lost during the race is refused and nothing more is written', async () => {
    const { store, appends } = racedStore();
    const jurisdictions = ['140404', '140402'];
    const scope = () => ({ mineId: 'm-1', jurisdiction: jurisdictions.shift() as string });
    await expect(gatewayOn(store).execute(countCommand(scope))).rejects.toBeInstanceOf(ForbiddenException);
    expect(appends).toEqual([0n]);
  });

  it('refuses before anything is written or signed when the role may not act', async () => {
    const { store } = racedStore();
    const signedOn = jest.fn();
    const command = {
      ...countCommand(() => ({ mineId: 'm-1', jurisdiction: '140404' })),
      actor: { ...leader, role: 'inspector' as const },
    };
    await expect(gatewayOn(store).execute({ ...command, command: { type: 'Count', signedOn } })).rejects.toBeInstanceOf(
      ForbiddenException,
    );
    expect(signedOn).not.toHaveBeenCalled();
    expect(store.append).not.toHaveBeenCalled();
  });

  it('signs on the loaded revision and pins the append to it: no retry after a lost race (409)', async () => {
    const { store, appends } = racedStore();
    const signedOn = jest.fn(async (on: { revision?: bigint }) => ({
      command: { type: 'Count' as const, data: {} },
      expectedRevision: on.revision,
    }));
    const command = countCommand(() => ({ mineId: 'm-1', jurisdiction: '140404' }));
    await expect(gatewayOn(store).execute({ ...command, command: { type: 'Count', signedOn } })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    expect(signedOn).toHaveBeenCalledWith({
      id: 'm-1',
      target: { mineId: 'm-1', jurisdiction: '140404' },
      revision: 0n,
    });
    expect(appends).toEqual([0n]);
  });
});
