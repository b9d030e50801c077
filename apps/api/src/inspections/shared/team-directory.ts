import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { UserStore } from '@hazard-ledger/auth';
import { TeamMember } from '@hazard-ledger/domain';

/** Resolves a team from the user directory: names, roles and 执法证号 are the ones on file, not the client's word. */
@Injectable()
export class TeamDirectory {
  constructor(private readonly users: UserStore) {}

  async resolve(team: { userId: string; leader: boolean }[]): Promise<TeamMember[]> {
    return Promise.all(
      team.map(async ({ userId, leader }) => {
        const user = await this.users.findById(userId);
        if (!user || user.disabled)
          throw new UnprocessableEntityException(
            `检查组成员 ${userId} 不存在或已停用 / Team member ${userId} is unknown or disabled`,
          );
        const certificateNo = user.certificateNo ?? '';
        return { userId: user.id, name: user.displayName, role: user.role, certificateNo, leader };
      }),
    );
  }
}
