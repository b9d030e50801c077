import { NotFoundException } from '@nestjs/common';
import {
  MonthlyCheck,
  MonthlyCheckCommandType,
  monthlyCheckCommandAccess,
  monthlyCheckDecider,
  streams,
} from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** What every gateway call on a recorded monthly check shares: its stream, and its mine as the scope (404 if none). */
export const existingMonthlyCheck = (mines: MineDirectory, checkId: string) => ({
  id: checkId,
  streamId: streams.monthlyCheck(checkId),
  decider: monthlyCheckDecider,
  scope: (check: MonthlyCheck) => {
    if (check.status === 'not_recorded')
      throw new NotFoundException(`月度排查 ${checkId} 不存在 / Monthly check ${checkId} does not exist`);
    return mines.scopeOf(check.mineId);
  },
});

/** The Swagger description of a monthly-check command: who may issue it (from the access table) and whether signed. */
export const monthlyCheckAccessNote = (type: MonthlyCheckCommandType, signed = false): string =>
  [
    `角色 / roles: ${monthlyCheckCommandAccess[type].roles.join(', ')}（仅本矿 / own mine only）.`,
    signed
      ? '电子签名：请求中须重新输入密码；密码错误返回 401 且不写入任何记录 / E-signed: the request carries the password; a wrong one is a 401 and nothing is written.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
