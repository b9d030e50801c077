import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { enterpriseFileCommandAccess } from './enterprise-file.access';
import { EnterpriseFileCommandType } from './enterprise-file.commands';
import { enterpriseFileDecider } from './enterprise-file.decider';
import {
  CertificateChangeRefused,
  CertificateNotOnFile,
  EngineerAlreadyOnFile,
  EngineerNotOnFile,
  EnterpriseFileDetailsInvalid,
} from './enterprise-file.errors';
import * as fx from './enterprise-file.fixtures';

const given = DeciderSpecification.for(enterpriseFileDecider);
const { stamp } = fx;

describe('Enterprise file: people, department, funds (一企一档)', () => {
  it('given an empty file, when the principal is appointed, then the post, the person and who/when are kept', () =>
    given([])
      .when(fx.anAppointment())
      .then([
        {
          type: 'EnterpriseFilePersonAppointed',
          data: { ...stamp, post: 'principal', name: '赵矿长', since: '2023-05-01' },
        },
      ]));

  it('given an empty file, when the safety department is set, then name, head and staff are kept', () =>
    given([])
      .when(fx.aDepartment())
      .then([
        {
          type: 'EnterpriseFileSafetyDepartmentSet',
          data: { ...stamp, name: '安全环保部', head: '钱总监', fullTimeStaff: 4 },
        },
      ]));

  it('given an empty file, when the year’s safety funds are recorded, then drawn and used are kept', () =>
    given([])
      .when(fx.aFunds())
      .then([
        {
          type: 'EnterpriseFileFundsRecorded',
          data: { ...stamp, year: 2024, drawnYuan: 1_200_000, usedYuan: 860_000 },
        },
      ]));

  it.each([
    ['an unknown post', () => fx.anAppointment({ post: 'mascot' as never })],
    ['a malformed since', () => fx.anAppointment({ since: '2023-5-1' })],
    ['a fractional staff count', () => fx.aDepartment({ fullTimeStaff: 1.5 })],
    ['negative funds', () => fx.aFunds({ usedYuan: -1 })],
    ['a year out of range', () => fx.aFunds({ year: 1990 })],
    ['another mine’s id on this file', () => fx.anEngineer({ mineId: 'mine-2' })],
  ])('given a file, when a change has %s, then it is refused', (_, command) =>
    given([fx.engineerAdded]).when(command()).thenThrows(EnterpriseFileDetailsInvalid),
  );
});

describe('Enterprise file: registered safety engineers', () => {
  it('given an empty file, when an engineer is added, then the registration and validity are kept', () =>
    given([]).when(fx.anEngineer()).then([fx.engineerAdded]));

  it('given the engineer on file, when added again, then it is refused', () =>
    given([fx.engineerAdded]).when(fx.anEngineer()).thenThrows(EngineerAlreadyOnFile));

  it('given no such engineer, when removed, then it is not found', () =>
    given([]).when(fx.anEngineerRemoval()).thenThrows(EngineerNotOnFile));
});

describe('Enterprise file: special-operation certificates (特种作业操作证)', () => {
  it('given none, when a certificate is recorded, then it is on file with its validity', () =>
    given([]).when(fx.aCertificate()).then([fx.certificateRecorded]));

  it('given a certificate, when recorded with a later validity, then it is renewed keeping the previous date', () =>
    given([fx.certificateRecorded])
      .when(fx.aCertificate({ validUntil: '2030-05-31' }))
      .then([
        {
          type: 'EnterpriseFileCertificateRenewed',
          data: { ...fx.certificateRecorded.data, validUntil: '2030-05-31', previousValidUntil: '2024-05-31' } as never,
        },
      ]));

  it('given a certificate, when "renewed" to an earlier date, then it is refused', () =>
    given([fx.certificateRecorded])
      .when(fx.aCertificate({ validUntil: '2024-01-31' }))
      .thenThrows(CertificateChangeRefused));

  it('given a revoked certificate, when renewed or revoked again, then it is refused', () => {
    given([fx.certificateRecorded, fx.certificateRevoked])
      .when(fx.aCertificate({ validUntil: '2030-05-31' }))
      .thenThrows(CertificateChangeRefused);
    given([fx.certificateRecorded, fx.certificateRevoked]).when(fx.aRevocation()).thenThrows(CertificateChangeRefused);
  });

  it('given no such certificate, when revoked, then it is not found', () =>
    given([]).when(fx.aRevocation()).thenThrows(CertificateNotOnFile));
});

describe('Enterprise file command access (roles × commands)', () => {
  it('AppointFilePerson: the principal only — who heads the mine (and answers for it) is not staff’s to change', () =>
    expect(ROLES.filter((role) => enterpriseFileCommandAccess.AppointFilePerson.roles.includes(role))).toEqual([
      'enterprise_principal',
    ]));

  it.each(
    (Object.keys(enterpriseFileCommandAccess) as EnterpriseFileCommandType[]).filter((t) => t !== 'AppointFilePerson'),
  )('%s: enterprise roles of the mine only', (type) =>
    expect(ROLES.filter((role) => enterpriseFileCommandAccess[type].roles.includes(role))).toEqual([
      'enterprise_staff',
      'enterprise_principal',
      'enterprise_safety_director',
    ]),
  );
});
