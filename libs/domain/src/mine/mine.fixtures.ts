import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import {
  ChangeMineResponsiblePersons,
  ChangeMineRiskGrade,
  CloseMine,
  MineCommand,
  MineResponsibility,
  RegisterMine,
} from './mine.commands';
import { MineClosed, MineRegistered, MineResponsiblePersonsChanged, MineRiskGradeChanged } from './mine.events';

export const MINE_ID = '0b8f6f5e-3c1d-4d7a-9a51-2f4c8e1d7a01';
export const NOW = '2024-03-01T08:00:00.000Z';
export const GRADING_VERSION = '矿安〔2025〕14号@v1';

export const aSupervisingLeader: Actor = {
  id: 'user-leader-1',
  name: '李科长',
  role: 'supervising_leader',
  org: '长治市上党区应急管理局',
  certificateNo: 'ZF-1404-0001',
  jurisdictions: ['140404'],
};

export const mineMetadata = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  now: NOW,
  actor: aSupervisingLeader,
  ...overrides,
});

export const aResponsibility = (): MineResponsibility => ({
  principal: { name: '王矿长', phone: '13800000000' },
  responsiblePersons: [
    { role: 'mine_manager', name: '王矿长' },
    { role: 'chief_engineer', name: '赵总工' },
    { role: 'deputy_manager_safety', name: '钱安全' },
  ],
});

export const command = <C extends MineCommand>(type: C['type'], data: C['data'], metadata?: Partial<CommandMetadata>) =>
  ({ type, data, metadata: mineMetadata(metadata) }) as C;

export const aRegisterMine = (data: Partial<RegisterMine['data']> = {}, metadata?: Partial<CommandMetadata>) =>
  command<RegisterMine>(
    'RegisterMine',
    {
      mineId: MINE_ID,
      name: '上党区示范铁矿',
      siteType: 'underground',
      jurisdiction: '140404',
      enterprise: { name: '长治市示范矿业有限公司', creditCode: '91140404MA0K000001' },
      ...aResponsibility(),
      ...data,
    },
    metadata,
  );

export const aChangeMineRiskGrade = (data: Partial<ChangeMineRiskGrade['data']> = {}) =>
  command<ChangeMineRiskGrade>('ChangeMineRiskGrade', {
    mineId: MINE_ID,
    grade: 'C',
    reason: '年度分级评定',
    gradingVersion: GRADING_VERSION,
    ...data,
  });

export const aNewResponsibility = (): MineResponsibility => ({
  principal: { name: '孙矿长' },
  responsiblePersons: [
    { role: 'mine_manager', name: '孙矿长' },
    { role: 'chief_engineer', name: '赵总工' },
    { role: 'other', name: '周库长', title: '尾矿库库长' },
  ],
});

export const aChangeMineResponsiblePersons = (
  data: Partial<ChangeMineResponsiblePersons['data']> = {},
  metadata?: Partial<CommandMetadata>,
) =>
  command<ChangeMineResponsiblePersons>(
    'ChangeMineResponsiblePersons',
    { mineId: MINE_ID, reason: '矿长调整', ...aNewResponsibility(), ...data },
    metadata,
  );

export const aCloseMine = (data: Partial<CloseMine['data']> = {}) =>
  command<CloseMine>('CloseMine', {
    mineId: MINE_ID,
    decisionNo: '上党政发〔2024〕9号',
    reason: '提请地方政府关闭（安委〔2024〕1号）',
    ...data,
  });

export const aMineRegistered = (data: Partial<MineRegistered['data']> = {}): MineRegistered => {
  const { data: registration } = aRegisterMine();
  return { type: 'MineRegistered', data: { ...registration, registeredAt: NOW, ...data } };
};

export const aMineRiskGradeChanged = (data: Partial<MineRiskGradeChanged['data']> = {}): MineRiskGradeChanged => ({
  type: 'MineRiskGradeChanged',
  data: {
    mineId: MINE_ID,
    previous: null,
    next: 'C',
    reason: '年度分级评定',
    gradingVersion: GRADING_VERSION,
    changedAt: NOW,
    ...data,
  },
});

export const aMineResponsiblePersonsChanged = (
  data: Partial<MineResponsiblePersonsChanged['data']> = {},
): MineResponsiblePersonsChanged => ({
  type: 'MineResponsiblePersonsChanged',
  data: {
    mineId: MINE_ID,
    previous: aResponsibility(),
    next: aNewResponsibility(),
    reason: '矿长调整',
    changedAt: NOW,
    ...data,
  },
});

export const aMineClosed = (data: Partial<MineClosed['data']> = {}): MineClosed => ({
  type: 'MineClosed',
  data: {
    mineId: MINE_ID,
    decisionNo: '上党政发〔2024〕9号',
    reason: '提请地方政府关闭（安委〔2024〕1号）',
    closedAt: NOW,
    ...data,
  },
});
