import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { hiddenFactorCommandAccess } from './hidden-factor.access';
import { HiddenFactorCommand, HiddenFactorCommandType } from './hidden-factor.commands';
import { hiddenFactorDecider } from './hidden-factor.decider';
import {
  CrossValidationRequired,
  HiddenFactorAlreadyRecorded,
  HiddenFactorDetailsInvalid,
  HiddenFactorNotRecorded,
  InvalidHiddenFactorTransition,
  SameMethodNoCrossValidation,
  VerifierTreatedIt,
} from './hidden-factor.errors';
import * as fx from './hidden-factor.fixtures';

const given = DeciderSpecification.for(hiddenFactorDecider);
const { actors } = fx;
const LATER: Record<Exclude<HiddenFactorCommandType, 'RecordHiddenFactor'>, () => HiddenFactorCommand> = {
  CrossValidateHiddenFactor: () => fx.aCrossValidation(),
  RecordHiddenFactorTreatment: () => fx.aTreatment(),
  VerifyHiddenFactorTreatment: () => fx.aVerification({}, { actor: actors.principal }),
};

describe('Hidden factor: the census record (隐蔽致灾因素普查)', () => {
  it('given nothing, when a goaf found by survey is recorded, then kind, location, size, method and map are kept', () =>
    given([]).when(fx.aRecordFactor()).then([fx.recorded]));

  it.each([
    ['an unknown kind', { kind: 'ghost' as never }],
    ['an unknown method', { method: 'dowsing' as never }],
    ['no size measure', { size: {} }],
    ['a negative area', { size: { areaM2: -5 } }],
    ['a blank map reference', { mapRef: ' ' }],
    ['a future day', { foundOn: '2024-03-11' }],
    ['a malformed day', { foundOn: '2024-3-1' }],
  ])('given nothing, when recorded with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRecordFactor(data)).thenThrows(HiddenFactorDetailsInvalid),
  );

  it('given a factor, when recorded again, then it is refused', () =>
    given([fx.recorded]).when(fx.aRecordFactor()).thenThrows(HiddenFactorAlreadyRecorded));
});

describe('Hidden factor: 相互验证 and treatment', () => {
  it('given a factor found by survey, when drilling confirms it, then the second method is recorded', () =>
    given([fx.recorded]).when(fx.aCrossValidation()).then([fx.crossValidated()]));

  it('given a factor found by survey, when "cross-validated" by survey again, then it is refused', () =>
    given([fx.recorded])
      .when(fx.aCrossValidation({ method: 'survey' }))
      .thenThrows(SameMethodNoCrossValidation));

  it('given a treated factor never cross-validated, when verified, then it is refused', () =>
    given([fx.recorded, fx.treated()])
      .when(fx.aVerification({}, { actor: actors.principal }))
      .thenThrows(CrossValidationRequired));

  it('given a factor only not-confirmed by a second method, when verified after treatment, then it is refused', () =>
    given([fx.recorded, fx.crossValidated(false), fx.treated()])
      .when(fx.aVerification({}, { actor: actors.principal }))
      .thenThrows(CrossValidationRequired));

  it('given a cross-validated, treated factor, when the principal verifies, then it is verified', () =>
    given([fx.recorded, fx.crossValidated(), fx.treated()])
      .when(fx.aVerification({}, { actor: actors.principal }))
      .then([fx.verified]));

  it('given a treatment the principal recorded himself, when the principal verifies it, then it is refused', () =>
    given([fx.recorded, fx.crossValidated(), fx.treatedBy(actors.principal.id)])
      .when(fx.aVerification({}, { actor: actors.principal }))
      .thenThrows(VerifierTreatedIt));

  it('given a treatment started by the safety director, when he verifies it once done by staff, then it is refused', () =>
    given([fx.recorded, fx.crossValidated(), fx.treatedBy(actors.safetyDirector.id, 'in_treatment'), fx.treated()])
      .when(fx.aVerification({}, { actor: actors.safetyDirector }))
      .thenThrows(VerifierTreatedIt));

  it('given a treatment the principal recorded, when the safety director verifies it, then it is verified', () =>
    given([fx.recorded, fx.crossValidated(), fx.treatedBy(actors.principal.id)])
      .when(fx.aVerification({}, { actor: actors.safetyDirector }))
      .then([fx.verifiedBy(actors.safetyDirector.id)]));

  it('given a factor in treatment, when treatment starts again, then it is refused', () =>
    given([fx.recorded, fx.treated('in_treatment')])
      .when(fx.aTreatment({ stage: 'in_treatment' }))
      .thenThrows(InvalidHiddenFactorTransition));
});

describe('Hidden factor: forbidden transitions', () => {
  it.each(Object.keys(LATER) as (keyof typeof LATER)[])('given nothing, when %s, then it is not found', (type) =>
    given([]).when(LATER[type]()).thenThrows(HiddenFactorNotRecorded),
  );

  it.each([
    ['untreated', [fx.recorded, fx.crossValidated()]],
    ['in treatment', [fx.recorded, fx.crossValidated(), fx.treated('in_treatment')]],
    ['verified', [fx.recorded, fx.crossValidated(), fx.treated(), fx.verified]],
  ])('given a factor %s, when verified, then it is refused', (_, history) =>
    given(history).when(LATER.VerifyHiddenFactorTreatment()).thenThrows(InvalidHiddenFactorTransition),
  );

  it('given a verified factor, when a treatment is recorded, then it is refused', () =>
    given([fx.recorded, fx.crossValidated(), fx.treated(), fx.verified])
      .when(fx.aTreatment())
      .thenThrows(InvalidHiddenFactorTransition));
});

describe('Hidden factor command access (roles × commands)', () => {
  const allowed = (type: HiddenFactorCommandType) =>
    ROLES.filter((role) => hiddenFactorCommandAccess[type].roles.includes(role));
  it.each(['RecordHiddenFactor', 'CrossValidateHiddenFactor', 'RecordHiddenFactorTreatment'] as const)(
    '%s: enterprise roles of the mine only',
    (type) => expect(allowed(type)).toEqual(['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director']),
  );
  it('VerifyHiddenFactorTreatment: the principal or the safety director only', () =>
    expect(allowed('VerifyHiddenFactorTreatment')).toEqual(['enterprise_principal', 'enterprise_safety_director']));
});
