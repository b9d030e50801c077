import { requireDay, requireNumber, requireOneOf, requireText } from '../shared/field-checks';
import { EnterpriseFileCommand, FILE_POSTS } from './enterprise-file.commands';
import {
  CertificateChangeRefused,
  CertificateNotOnFile,
  EngineerAlreadyOnFile,
  EngineerNotOnFile,
  EnterpriseFileDetailsInvalid as Invalid,
} from './enterprise-file.errors';
import { EnterpriseFileEvent } from './enterprise-file.events';
import { EnterpriseFile } from './enterprise-file.state';

const text = (value: unknown, field: string, max = 200) => requireText(Invalid, value, field, max);

/** mineId, who and when: what every event of the file carries. */
const stamp = (command: EnterpriseFileCommand, state: EnterpriseFile) => {
  const mineId = text(command.data.mineId, 'mineId', 100);
  if (state.mineId !== null && state.mineId !== mineId)
    throw new Invalid('mineId', '与所加载的档案不符', 'does not match the loaded file');
  return { mineId, by: command.metadata.actor.id, at: command.metadata.now };
};

export const decideEnterpriseFile = (command: EnterpriseFileCommand, state: EnterpriseFile): EnterpriseFileEvent[] => {
  const on = stamp(command, state);
  switch (command.type) {
    case 'AppointFilePerson': {
      const { post, name, since } = command.data;
      const data = { post: requireOneOf(Invalid, post, FILE_POSTS, 'post'), name: text(name, 'name') };
      return [
        { type: 'EnterpriseFilePersonAppointed', data: { ...on, ...data, since: requireDay(Invalid, since, 'since') } },
      ];
    }
    case 'SetSafetyDepartment': {
      const { name, head, fullTimeStaff } = command.data;
      const staff = requireNumber(Invalid, fullTimeStaff, 'fullTimeStaff', 0, 10_000);
      if (!Number.isInteger(staff)) throw new Invalid('fullTimeStaff', '须为整数', 'must be a whole number');
      const data = { name: text(name, 'name'), head: text(head, 'head'), fullTimeStaff: staff };
      return [{ type: 'EnterpriseFileSafetyDepartmentSet', data: { ...on, ...data } }];
    }
    case 'AddSafetyEngineer': {
      const registrationNo = text(command.data.registrationNo, 'registrationNo', 100);
      if (state.engineers.includes(registrationNo)) throw new EngineerAlreadyOnFile(registrationNo);
      const data = { registrationNo, name: text(command.data.name, 'name') };
      const validUntil = requireDay(Invalid, command.data.validUntil, 'validUntil');
      return [{ type: 'EnterpriseFileEngineerAdded', data: { ...on, ...data, validUntil } }];
    }
    case 'RemoveSafetyEngineer': {
      const registrationNo = text(command.data.registrationNo, 'registrationNo', 100);
      if (!state.engineers.includes(registrationNo)) throw new EngineerNotOnFile(registrationNo);
      const reason = text(command.data.reason, 'reason', 2000);
      return [{ type: 'EnterpriseFileEngineerRemoved', data: { ...on, registrationNo, reason } }];
    }
    case 'RecordOperatorCertificate': {
      const d = command.data;
      const certificateNo = text(d.certificateNo, 'certificateNo', 100);
      const data = {
        certificateNo,
        name: text(d.name, 'name'),
        operationType: text(d.operationType, 'operationType'),
        validUntil: requireDay(Invalid, d.validUntil, 'validUntil'),
      };
      const held = state.certificates[certificateNo];
      if (!held) return [{ type: 'EnterpriseFileCertificateRecorded', data: { ...on, ...data } }];
      if (held.revoked)
        throw new CertificateChangeRefused(certificateNo, '已吊销，不能复审延期', 'is revoked and cannot be renewed');
      if (data.validUntil <= held.validUntil)
        throw new CertificateChangeRefused(
          certificateNo,
          '复审后有效期须晚于原有效期',
          'a renewal must extend the validity',
        );
      const renewed = { ...on, ...data, previousValidUntil: held.validUntil };
      return [{ type: 'EnterpriseFileCertificateRenewed', data: renewed }];
    }
    case 'RevokeOperatorCertificate': {
      const certificateNo = text(command.data.certificateNo, 'certificateNo', 100);
      const held = state.certificates[certificateNo];
      if (!held) throw new CertificateNotOnFile(certificateNo);
      if (held.revoked) throw new CertificateChangeRefused(certificateNo, '已吊销', 'is already revoked');
      const reason = text(command.data.reason, 'reason', 2000);
      return [{ type: 'EnterpriseFileCertificateRevoked', data: { ...on, certificateNo, reason } }];
    }
    case 'RecordSafetyFunds': {
      const { year, drawnYuan, usedYuan } = command.data;
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new Invalid('year', '须为 2000–2100 年', 'a year 2000–2100');
      const drawn = requireNumber(Invalid, drawnYuan, 'drawnYuan', 0, 1e12);
      const used = requireNumber(Invalid, usedYuan, 'usedYuan', 0, 1e12);
      return [{ type: 'EnterpriseFileFundsRecorded', data: { ...on, year, drawnYuan: drawn, usedYuan: used } }];
    }
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown enterprise-file command ${JSON.stringify(unhandled)}`);
    }
  }
};
