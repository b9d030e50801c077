import { NotFoundException } from '@nestjs/common';
import {
  HotWorkPermit,
  HotWorkPermitCommandType,
  hotWorkPermitCommandAccess,
  hotWorkPermitDecider,
  streams,
} from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** What every gateway call on a requested permit shares: its stream, and its mine as the scope (404 if none). */
export const existingPermit = (mines: MineDirectory, permitId: string) => ({
  id: permitId,
  streamId: streams.hotWorkPermit(permitId),
  decider: hotWorkPermitDecider,
  scope: (permit: HotWorkPermit) => {
    if (permit.status === 'not_requested')
      throw new NotFoundException(`动火作业票 ${permitId} 不存在 / Hot-work permit ${permitId} does not exist`);
    return mines.scopeOf(permit.mineId);
  },
});

export const permitAccessNote = (type: HotWorkPermitCommandType, signed = false): string =>
  [
    `角色 / roles: ${hotWorkPermitCommandAccess[type].roles.join(', ')}（仅本矿 / own mine only）.`,
    signed
      ? '电子签名：请求中须重新输入密码；密码错误返回 401 且不写入任何记录 / E-signed: the request carries the password; a wrong one is a 401 and nothing is written.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
