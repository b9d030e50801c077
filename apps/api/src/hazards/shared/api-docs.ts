import { HazardCommandType, hazardCommandAccess } from '@hazard-ledger/domain';

/** The Swagger description of a command: who may issue it (from the access table itself) and whether it is signed. */
export const accessNote = (type: HazardCommandType, signed = false): string =>
  [
    `角色 / roles: ${hazardCommandAccess[type].roles.join(', ')}.`,
    signed
      ? '电子签名：请求中须重新输入密码；密码错误返回 401 且不写入任何记录 / E-signed: the request carries the password; a wrong one is a 401 and nothing is written.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
