import { ROLES } from '../shared/actor';
import { MineCommandType } from './mine.commands';
import { mineCommandAccess } from './mine.access';

const allowed = (type: MineCommandType) => ROLES.filter((role) => mineCommandAccess[type].roles.includes(role));

describe('Mine command access', () => {
  it.each([
    ['RegisterMine', ['supervising_leader']],
    ['ChangeMineRiskGrade', ['supervising_leader']],
    ['ChangeMineResponsiblePersons', ['enterprise_principal', 'supervising_leader']],
    ['SuspendMineProduction', ['inspector', 'supervising_leader']],
    ['ResumeMineProduction', ['supervising_leader']],
    ['CloseMine', ['supervising_leader']],
  ] as const)('%s: only %p', (type, roles) => expect(allowed(type)).toEqual(roles));
});
