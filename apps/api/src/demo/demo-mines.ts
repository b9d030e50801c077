import { RegisterMine, mineDecider, streams } from '@hazard-ledger/domain';
import { EventStore, handleCommand } from '@hazard-ledger/event-store';
import { demoActor } from './demo-actors';

type Registration = RegisterMine['data'];

export const DEMO_MINES: Registration[] = [
  {
    mineId: 'mine-demo-1',
    name: '上党区示范铁矿（地下）',
    siteType: 'underground',
    jurisdiction: '140404',
    enterprise: { name: '长治市上党区示范矿业有限公司', creditCode: '91140404MA0K000001' },
    principal: { name: '王建国' },
    responsiblePersons: [
      { role: 'mine_manager', name: '王建国' },
      { role: 'chief_engineer', name: '刘工' },
    ],
  },
  {
    mineId: 'mine-demo-2',
    name: '上党区示范石料矿（露天）',
    siteType: 'open_pit',
    jurisdiction: '140404',
    enterprise: { name: '长治市示范石料有限公司', creditCode: '91140404MA0K000002' },
    principal: { name: '孙立新' },
    responsiblePersons: [{ role: 'mine_manager', name: '孙立新' }],
  },
];

/** Idempotent: each registration carries a fixed Idempotency-Key, so a second start writes nothing. */
export const seedDemoMines = async (store: EventStore, now: string): Promise<void> => {
  const actor = demoActor('leader.wang');
  for (const data of DEMO_MINES) {
    const command: RegisterMine = { type: 'RegisterMine', data, metadata: { now, actor } };
    await handleCommand(store, streams.mine(data.mineId), mineDecider, command, {
      correlationId: 'demo-seed',
      idempotencyKey: `demo-seed-${data.mineId}`,
    });
  }
};
