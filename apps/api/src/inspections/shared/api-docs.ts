import { InspectionCommandType, inspectionCommandAccess } from '@hazard-ledger/domain';

/** The Swagger description of an inspection command: who may issue it (from the access table) and whether signed. */
export const inspectionAccessNote = (type: InspectionCommandType, signed = false): string =>
  [
    `角色 / roles: ${inspectionCommandAccess[type].roles.join(', ')}（本辖区 / in the mine's jurisdiction）.`,
    type === 'RecordInspection' ? '' : '仅限检查组成员 / team members only.',
    signed
      ? '电子签名：请求中须重新输入密码；密码错误返回 401 且不写入任何记录 / E-signed: the request carries the password; a wrong one is a 401 and nothing is written.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
