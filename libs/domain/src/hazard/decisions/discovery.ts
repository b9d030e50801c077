import { DiscoverHazard, ReportRecurrence } from '../hazard.commands';
import {
  EarlierHazardNotClosed,
  HazardAlreadyExists,
  InspectionFindingViaInspection,
  NotAuthorisedForAction,
  OccurredInFuture,
} from '../hazard.errors';
import { HazardDiscovered, HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { HazardSource } from '../hazard.values';
import { isRegulator, requireField, requireOwnSignature } from './guards';

/** Who found it first is legally material (self-reports may go unpunished, domain.md §1.3), so the source must fit the finder. */
const ENTERPRISE_SOURCES: readonly HazardSource[] = ['self_check', 'monthly_check'];
const REGULATOR_SOURCES: readonly HazardSource[] = ['inspection'];

export const discover = (command: DiscoverHazard, state: Hazard): HazardEvent[] => [discovered(command, state)];

export const reportRecurrence = (command: ReportRecurrence, state: Hazard): HazardEvent[] => {
  const first = discovered(command, state);
  const { earlier } = command.data;
  if (earlier.status !== 'closed') throw new EarlierHazardNotClosed(earlier.hazardId, earlier.status);
  return [
    first,
    {
      type: 'HazardRecurred',
      data: {
        hazardId: command.data.hazardId,
        recurrenceOf: earlier.hazardId,
        earlierClosedAt: earlier.closedAt,
        recurredAt: command.metadata.now,
      },
    },
  ];
};

const discovered = (command: DiscoverHazard | ReportRecurrence, state: Hazard): HazardDiscovered => {
  if (state.status !== 'not_discovered') throw new HazardAlreadyExists(state.hazardId);
  const { actor, now } = command.metadata;
  const { hazardId, mineId, source, location, description, evidence, occurredAt, linkedRef } = command.data;
  ensureSourceFitsFinder(command, source);
  // A finding by inspection comes from an inspection (its endpoint checks the team and links both ways) or paper.
  const fromInspection = linkedRef?.kind === 'inspection' || command.data.importedFrom !== undefined;
  if (REGULATOR_SOURCES.includes(source) && !fromInspection) throw new InspectionFindingViaInspection();
  // 谁检查、谁签名: a finding by inspection is the inspector's signed act; the enterprise's own finding is not.
  const signature = REGULATOR_SOURCES.includes(source)
    ? requireOwnSignature(command.data.signature, actor, '检查发现隐患 / discovery by inspection')
    : undefined;
  if (!(Date.parse(occurredAt) <= Date.parse(now))) throw new OccurredInFuture(occurredAt, now);
  return {
    type: 'HazardDiscovered',
    data: {
      hazardId,
      mineId: requireField(mineId, '矿山 / mineId'),
      source,
      location: requireField(location, '地点 / location'),
      description: requireField(description, '隐患描述 / description'),
      evidence: evidence ?? [],
      discoveredBy: actor.id,
      discoveredAt: occurredAt,
      linkedRef,
      ...(signature && { signature }),
      ...(command.data.importedFrom && { importedFrom: command.data.importedFrom }),
      ...(command.data.contractorId && {
        contractorId: requireField(command.data.contractorId, '外包单位 / contractorId'),
      }),
    },
  };
};

const ensureSourceFitsFinder = (command: DiscoverHazard | ReportRecurrence, source: HazardSource): void => {
  const { actor } = command.metadata;
  const misfit = isRegulator(actor) ? ENTERPRISE_SOURCES.includes(source) : REGULATOR_SOURCES.includes(source);
  if (misfit) throw new NotAuthorisedForAction(actor.role, `以「${source}」来源登记隐患 / record a ${source} finding`);
};
