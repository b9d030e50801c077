import {
  DomainEvent,
  EventMetadata,
  ImportMark,
  LegacyRow,
  Mine,
  NewEvent,
  PlannedEvent,
  PlannedHazard,
  RowError,
  mineDecider,
  planLegacyImport,
  streams,
} from '@hazard-ledger/domain';
import { EventStore } from './event-store.port';
import { deterministicEventId } from './handle-command';

export interface LegacyImportRun {
  /** The user who runs the import and answers for it. */
  by: ImportMark['by'];
  sourceDocument: string;
  importedAt: string;
}

export type LegacyImportResult = { ok: true; hazards: PlannedHazard[] } | { ok: false; errors: RowError[] };

/**
 * ADR 20261207-legacy-import: validate the whole file first (every step decided by the hazard decider), then append
 * — so a file with one bad row writes nothing. Ids are derived from the source document and the hazard's reference,
 * so the same file imported again is refused as already imported, never doubled.
 */
export const importLegacyRows = async (
  store: EventStore,
  rows: readonly LegacyRow[],
  run: LegacyImportRun,
): Promise<LegacyImportResult> => {
  const hazardIdOf = (reference: string) => deterministicEventId(`legacy\u0000${run.sourceDocument}`, reference, 0);
  const mineIds = [...new Set(rows.filter((r) => r.step === 'DiscoverHazard').map((r) => String(r.data.mineId)))];
  const mines = new Map(await Promise.all(mineIds.map(async (id) => [id, await mineOf(store, id)] as const)));
  const hazardIds = [...new Set(rows.map((r) => hazardIdOf(r.hazard)))];
  const existing = await Promise.all(hazardIds.map(async (id) => [id, await exists(store, id)] as const));
  const plan = planLegacyImport(rows, {
    sourceDocument: run.sourceDocument,
    importedAt: run.importedAt,
    importedBy: run.by,
    hazardIdOf,
    registeredMines: new Set(mineIds.filter((id) => mines.get(id)?.status !== 'Unregistered')),
    closedMines: new Set(mineIds.filter((id) => mines.get(id)?.status === 'Closed')),
    existingHazards: new Set(existing.filter(([, found]) => found).map(([id]) => id)),
  });
  if (!plan.ok) return plan;
  for (const hazard of plan.hazards) {
    const streamId = streams.hazard(hazard.hazardId);
    const events = hazard.events.map((e, i) => toNewEvent(e, i, streamId, hazard.hazardId, run));
    await store.append(streamId, events, 'no_stream');
  }
  return plan;
};

const mineOf = async (store: EventStore, mineId: string): Promise<Mine> =>
  (await store.readStream(streams.mine(mineId))).reduce(
    (state, e) => mineDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never),
    mineDecider.initialState(),
  );

const exists = async (store: EventStore, hazardId: string): Promise<boolean> =>
  (await store.readStream(streams.hazard(hazardId))).length > 0;

const toNewEvent = (
  planned: PlannedEvent,
  index: number,
  streamId: string,
  hazardId: string,
  run: LegacyImportRun,
): NewEvent => {
  const { actor } = planned;
  const metadata: EventMetadata = {
    actor: {
      id: actor.id,
      name: actor.name,
      role: actor.role,
      org: actor.org,
      ...(actor.certificateNo ? { certificateNo: actor.certificateNo } : {}),
    },
    occurredAt: planned.occurredAt,
    correlationId: hazardId,
    ...(planned.reason ? { reason: planned.reason } : {}),
    referenceVersion: planned.referenceVersion,
    imported: { ...run, row: planned.row },
  };
  return {
    eventId: deterministicEventId(`legacy\u0000${run.sourceDocument}`, streamId, index),
    type: planned.event.type,
    schemaVersion: 1,
    data: planned.event.data as NewEvent['data'],
    metadata,
  };
};
