import { DeciderSpecification } from '@hazard-ledger/testing';
import { mineDecider } from './mine.decider';
import { MineDetailsInvalid, MineDocumentNumberRequired, MineReasonRequired } from './mine.errors';
import {
  aChangeMineResponsiblePersons,
  aChangeMineRiskGrade,
  aCloseMine,
  aMineRegistered,
  aRegisterMine,
} from './mine.fixtures';
import { aSuspendMineProduction } from './mine.order.fixtures';

const given = DeciderSpecification.for(mineDecider);
const registered = aMineRegistered();

describe('Mine', () => {
  describe('registration details', () => {
    it.each([
      ['name', { name: ' ' }],
      ['siteType', { siteType: 'coal' as never }],
      ['jurisdiction', { jurisdiction: '1404' }],
      ['enterprise.creditCode', { enterprise: { name: '某公司', creditCode: '91140404MA0K00000O' } }],
      ['principal.name', { principal: { name: '' } }],
      ['responsiblePersons[0].title', { responsiblePersons: [{ role: 'other' as const, name: '周某' }] }],
    ])('refuses a registration with an invalid %s', (field, data) =>
      given([])
        .when(aRegisterMine(data))
        .thenThrows(MineDetailsInvalid, (e) => expect((e as MineDetailsInvalid).field).toBe(field)),
    );
  });

  describe('required reasons and document numbers', () => {
    it.each([
      ['ChangeMineRiskGrade', aChangeMineRiskGrade({ reason: ' ' })],
      ['ChangeMineResponsiblePersons', aChangeMineResponsiblePersons({ reason: '' })],
      ['SuspendMineProduction', aSuspendMineProduction({ reason: '' })],
      ['CloseMine', aCloseMine({ reason: '' })],
    ])('%s needs a reason', (_type, command) => given([registered]).when(command).thenThrows(MineReasonRequired));

    it.each([['decisionNo', [registered], aCloseMine({ decisionNo: '' })]])(
      '%s is required',
      (field, history, command) =>
        given(history)
          .when(command)
          .thenThrows(MineDocumentNumberRequired, (e) => expect((e as MineDocumentNumberRequired).field).toBe(field)),
    );
  });
});
