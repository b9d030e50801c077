import { NotFoundException } from '@nestjs/common';
import {
  LookbackCase,
  LookbackCaseCommandType,
  lookbackCaseCommandAccess,
  lookbackCaseDecider,
  streams,
} from '@hazard-ledger/domain';
import { ROLE_ONLY } from '../../../shared/command-gateway';

/**
 * What every gateway call on a case shares. A case sits in no mine or jurisdiction (it may span several), so its
 * commands are authorised by role alone (lookbackCaseCommandAccess: investigators); 404 for a case never opened.
 */
export const lookbackCaseRecord = (caseId: string, type: LookbackCaseCommandType) => ({
  id: caseId,
  streamId: streams.lookbackCase(caseId),
  decider: lookbackCaseDecider,
  access: lookbackCaseCommandAccess[type],
  scope: (state: LookbackCase) => {
    if (type !== 'OpenLookbackCase' && state.status === 'none')
      throw new NotFoundException(`倒查案件 ${caseId} 不存在 / No look-back case ${caseId}`);
    return ROLE_ONLY;
  },
});

/** The Swagger description of a case command: who may issue it, from the access table. */
export const caseAccessNote = (type: LookbackCaseCommandType): string =>
  `角色 / roles: ${lookbackCaseCommandAccess[type].roles.join(', ')}（不限矿山、辖区 / any mine or jurisdiction）. ` +
  '每次操作写入访问记录，目的取自 X-Access-Purpose / every case action is written to the access log with its purpose (X-Access-Purpose).';
