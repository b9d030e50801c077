import { ListForSupervision } from '../hazard.commands';
import { InvalidDeadline, SupervisionAlreadyListed } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { addDays, inStatus, isAfter, requireField, requireFutureDeadline, requireOwnSignature } from './guards';
import { MAJOR_OPEN } from './statuses';

/** 挂牌督办 is the regulator's own act: it does not wait for the enterprise's reports. */
export const listForSupervision = (command: ListForSupervision, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, MAJOR_OPEN);
  const { actor, now, reference } = command.metadata;
  const { level, deadline } = command.data;
  if (hazard.major.listingDeadline !== undefined) throw new SupervisionAlreadyListed();
  requireFutureDeadline(deadline, now);
  const { maxSupervisionDays: maxDays, version: policyVersion } = reference.policy;
  if (isAfter(deadline, addDays(now, maxDays))) {
    throw new InvalidDeadline(deadline, `在挂牌后 ${maxDays} 天以内`, `within ${maxDays} days of listing`);
  }
  return [
    {
      type: 'SupervisionListed',
      data: {
        hazardId: hazard.hazardId,
        level,
        unit: requireField(command.data.unit, '督办单位 / unit'),
        supervisingOfficial: requireField(command.data.supervisingOfficial, '督办责任人 / supervisingOfficial'),
        deadline,
        noticeNo: requireField(command.data.noticeNo, '督办通知书编号 / noticeNo'),
        signature: requireOwnSignature(command.data.signature, actor, '挂牌督办 / listing for supervision'),
        listedBy: actor.id,
        listedAt: now,
        policyVersion,
      },
    },
  ];
};
