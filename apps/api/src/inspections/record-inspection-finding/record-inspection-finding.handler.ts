import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  Actor,
  DiscoverHazard,
  Hazard,
  RecordInspectionFinding,
  RecordedInspection,
  hazardCommandAccess,
  hazardDecider,
  inspectionCommandAccess,
  inspectionDecider,
  formatPosition,
  referenceContextAt,
  streams,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, loadStream } from '@hazard-ledger/event-store';
import { aggregateIdFromKey } from '../../shared/aggregate-id';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandGateway, authorise } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { HazardSigner, signedOnRecord } from '../../hazards/shared/hazard-signer';
import { existingInspection, inspectionScope } from '../shared/existing-inspection';
import { RecordInspectionFindingCommand } from './record-inspection-finding.command';

const alreadyFound = (inspection: RecordedInspection, clauseId: string, hazardId: string): boolean => {
  const clause = inspection.clauses[clauseId];
  return clause?.result === 'finding' && clause.hazardId === hazardId;
};

export type FindingAccepted = CommandAccepted & { hazardId: string };

/** One hazard per inspection and clause: a retried request (or one cut off between the two writes) finds it again. */
export const findingHazardId = (inspectionId: string, clauseId: string): string =>
  aggregateIdFromKey(`${inspectionId}\u0000${clauseId}`, 'inspection-finding');

/**
 * A finding is two facts in two streams, written in order: the hazard is discovered (source `inspection`, linkedRef
 * to this inspection) through the hazard decider, then the inspection records clause → hazard. The inspection's
 * decision is tried first on the loaded state, so a refused finding creates no hazard.
 */
@CommandHandler(RecordInspectionFindingCommand)
export class RecordInspectionFindingHandler implements ICommandHandler<RecordInspectionFindingCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ inspectionId, body, actor, request }: RecordInspectionFindingCommand): Promise<FindingAccepted> {
    const hazardId = findingHazardId(inspectionId, body.clauseId);
    const finding: Omit<RecordInspectionFinding, 'metadata'> = {
      type: 'RecordInspectionFinding',
      data: { inspectionId, clauseId: body.clauseId, hazardId },
    };
    const inspection = await this.preflight(inspectionId, finding, actor);
    if (alreadyFound(inspection, body.clauseId, hazardId)) return this.replayed(inspectionId, hazardId);
    if (!(await this.alreadyDiscovered(hazardId))) await this.discover(hazardId, inspection, body, actor, request);
    const recorded = await this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.RecordInspectionFinding,
      command: finding,
      actor,
      request,
    });
    return { ...recorded, hazardId };
  }

  /** Scope, role and the inspection's own rules, decided on the loaded stream before anything is written. */
  private async preflight(id: string, finding: Omit<RecordInspectionFinding, 'metadata'>, actor: Actor) {
    const loaded = await loadStream(this.store, streams.inspection(id), inspectionDecider);
    const target = await inspectionScope(this.mines, id)(loaded.state);
    authorise(actor, inspectionCommandAccess.RecordInspectionFinding, finding.type, target);
    const inspection = loaded.state as RecordedInspection;
    if (!alreadyFound(inspection, finding.data.clauseId, finding.data.hazardId)) {
      const now = this.clock.now();
      const metadata = { now, actor, reference: referenceContextAt(now) };
      inspectionDecider.decide({ ...finding, metadata }, loaded.state);
    }
    return inspection;
  }

  private async alreadyDiscovered(hazardId: string): Promise<boolean> {
    const loaded = await loadStream<Hazard>(this.store, streams.hazard(hazardId), hazardDecider);
    return loaded.state.status !== 'not_discovered';
  }

  private discover(
    hazardId: string,
    inspection: RecordedInspection,
    body: RecordInspectionFindingCommand['body'],
    actor: Actor,
    request: RecordInspectionFindingCommand['request'],
  ): Promise<CommandAccepted> {
    const { location, description, evidence, occurredAt } = body;
    const command = signedOnRecord<DiscoverHazard>(
      this.signer,
      { type: 'DiscoverHazard', actor, password: body.password },
      {
        ...{ hazardId, mineId: inspection.mineId, source: 'inspection', location, description, evidence, occurredAt },
        linkedRef: { kind: 'inspection', id: inspection.inspectionId },
      },
    );
    return this.gateway.execute({
      id: hazardId,
      streamId: streams.hazard(hazardId),
      decider: hazardDecider,
      access: hazardCommandAccess.DiscoverHazard,
      command,
      actor,
      scope: () => this.mines.scopeOf(inspection.mineId),
      request,
      occurredAt,
    });
  }

  /** The finding is already recorded with this very hazard: answer as the first request did, write nothing. */
  private async replayed(inspectionId: string, hazardId: string): Promise<FindingAccepted> {
    const last = (await this.store.readStream(streams.inspection(inspectionId))).at(-1)!;
    return {
      id: inspectionId,
      hazardId,
      revision: last.revision.toString(),
      position: last.position.toString(),
      logPosition: formatPosition(last.logPosition),
    };
  }
}
