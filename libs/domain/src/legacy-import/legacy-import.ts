import { Actor } from '../shared/actor';
import { DomainEvent } from '../shared/command';
import { ReferenceContext } from '../shared/reference';
import { ESignature } from '../shared/signature';
import { HazardCommand, HazardCommandType, hazardDecider, Hazard } from '../hazard';
import { catalogueInForce, POLICY_EDITIONS, referenceContextAt, ReferenceNotInForce } from '../reference';
import { LegacyRow, RowError } from './legacy-rows';

/** What the writer knows of the store before the plan: nothing in the plan may depend on a guess. */
export interface ImportContext {
  sourceDocument: string;
  importedAt: string;
  importedBy: { id: string; name: string };
  /** A deterministic id per hazard reference (the caller hashes source document and reference). */
  hazardIdOf: (reference: string) => string;
  registeredMines: ReadonlySet<string>;
  closedMines: ReadonlySet<string>;
  existingHazards: ReadonlySet<string>;
}

export interface PlannedEvent {
  event: DomainEvent;
  row: number;
  actor: Actor;
  occurredAt: string;
  reason?: string;
  referenceVersion: string;
}

export interface PlannedHazard {
  reference: string;
  hazardId: string;
  events: PlannedEvent[];
}

export type ImportPlan = { ok: true; hazards: PlannedHazard[] } | { ok: false; errors: RowError[] };

/** The steps whose paper original bears a signature: imported as the signatory's paper signature (data). */
const SIGNED_STEPS: readonly HazardCommandType[] = [
  'DiscoverHazard',
  'DetermineMajorHazard',
  'ChangeHazardGrade',
  'SubmitDualReport',
  'ListForSupervision',
  'GrantExtension',
  'RequestSignOff',
  'SignSiteReview',
  'SignOffHazard',
  'EscalateHazard',
  'VoidHazard',
  'ApproveVoid',
  'RectifyOnSpot',
];

/**
 * Decides every row against the state folded so far with the hazard decider itself, at the row's own time, so no
 * rule is written twice. Any bad row fails the whole plan: the caller writes nothing unless `ok`.
 */
export const planLegacyImport = (rows: readonly LegacyRow[], context: ImportContext): ImportPlan => {
  const byHazard = new Map<string, LegacyRow[]>();
  for (const row of rows) byHazard.set(row.hazard, [...(byHazard.get(row.hazard) ?? []), row]);
  const hazards: PlannedHazard[] = [];
  const errors: RowError[] = [];
  for (const [reference, steps] of byHazard) {
    const planned = planHazard(reference, steps, context);
    if ('reason' in planned) errors.push(planned);
    else hazards.push(planned);
  }
  return errors.length > 0 ? { ok: false, errors: errors.sort((a, b) => a.row - b.row) } : { ok: true, hazards };
};

const planHazard = (reference: string, steps: LegacyRow[], context: ImportContext): PlannedHazard | RowError => {
  const hazardId = context.hazardIdOf(reference);
  const first = steps[0];
  if (first.step !== 'DiscoverHazard')
    return { row: first.row, reason: '首个步骤须为发现隐患 / the first step must be DiscoverHazard' };
  if (context.existingHazards.has(hazardId))
    return { row: first.row, reason: `隐患 ${reference} 已导入 / hazard ${reference} was already imported` };
  const mineId = String(first.data.mineId ?? '');
  if (!context.registeredMines.has(mineId))
    return { row: first.row, reason: `矿山未登记 / mine not registered: ${mineId}` };
  let state: Hazard = hazardDecider.initialState();
  let previous = '';
  const events: PlannedEvent[] = [];
  for (const row of steps) {
    const problem = timeProblem(row, previous, context.importedAt);
    if (problem) return { row: row.row, reason: problem };
    previous = row.occurredAt;
    try {
      const decided = decideRow(row, { hazardId, mineId, state, context });
      for (const event of decided.events) {
        state = hazardDecider.evolve(state, event);
        events.push({ ...decided.planned, event });
      }
    } catch (error) {
      return { row: row.row, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return { reference, hazardId, events };
};

const timeProblem = (row: LegacyRow, previous: string, importedAt: string): string | undefined => {
  if (previous && Date.parse(row.occurredAt) < Date.parse(previous))
    return `步骤早于前一步骤 / the step is earlier than the step before it (${previous})`;
  if (Date.parse(row.occurredAt) > Date.parse(importedAt)) return '发生时间在将来 / occurredAt is in the future';
  return undefined;
};

interface RowScope {
  hazardId: string;
  mineId: string;
  state: Hazard;
  context: ImportContext;
}

const decideRow = (row: LegacyRow, { hazardId, mineId, state, context }: RowScope) => {
  const actor: Actor = { id: `legacy:${row.by.role}:${row.by.name}`, ...row.by, mineIds: [mineId] };
  const reference = referenceAt(row.occurredAt);
  const data = commandData(row, { hazardId, mineId, actor, context });
  const metadata = { now: row.occurredAt, actor, reference };
  const command = { type: row.step, data, metadata } as unknown as HazardCommand;
  const referenceVersion = `${reference.catalogue.version}|${reference.policy.version}`;
  const reason = typeof row.data.reason === 'string' ? row.data.reason : undefined;
  return {
    events: hazardDecider.decide(command, state),
    planned: { row: row.row, actor, occurredAt: row.occurredAt, referenceVersion, ...(reason ? { reason } : {}) },
  };
};

const commandData = (
  row: LegacyRow,
  { hazardId, mineId, actor, context }: { hazardId: string; mineId: string; actor: Actor; context: ImportContext },
) => {
  const data: Record<string, unknown> = { ...row.data, hazardId };
  if (row.step === 'DiscoverHazard') {
    const { sourceDocument, importedBy, importedAt } = context;
    const importedFrom = { sourceDocument, importedBy, importedAt };
    Object.assign(data, { occurredAt: row.occurredAt, evidence: row.data.evidence ?? [], importedFrom });
  }
  if (SIGNED_STEPS.includes(row.step)) data.signature = paperSignature(actor, row, context.sourceDocument);
  if (row.step === 'CloseHazard') Object.assign(data, closureFacts(row, mineId, context));
  return data;
};

/** The mine's status is a fact of the store; a second leader's paper approval becomes their paper signature. */
const closureFacts = (row: LegacyRow, mineId: string, context: ImportContext) => {
  const ground = row.data.legalGround as { kind?: string; approvedBy?: LegacyRow['by'] } | undefined;
  const facts: Record<string, unknown> = { mineClosed: context.closedMines.has(mineId) };
  if (ground?.kind === 'voided_by_leaders' && ground.approvedBy) {
    const approver: Actor = { id: `legacy:${ground.approvedBy.role}:${ground.approvedBy.name}`, ...ground.approvedBy };
    facts.legalGround = { kind: ground.kind, approval: paperSignature(approver, row, context.sourceDocument) };
  }
  return facts;
};

/**
 * ADR 20261207-legacy-import: a paper signature is data, not a re-authentication — its meaning says so and its
 * content hash is the scanned document's hash where the row gives one (a report), else a reference to the row.
 */
const paperSignature = (actor: Actor, row: LegacyRow, sourceDocument: string): ESignature => ({
  signerId: actor.id,
  printedName: actor.name,
  role: actor.role,
  meaning: `纸质签名（导入自 ${sourceDocument}）/ paper signature, imported from ${sourceDocument}`,
  signedAt: row.occurredAt,
  contentHash: typeof row.data.reportHash === 'string' ? row.data.reportHash : `paper:${sourceDocument}#row-${row.row}`,
});

/** Before the first policy edition (2024) the earliest one applies; the events cite which. */
const referenceAt = (at: string): ReferenceContext => {
  try {
    return referenceContextAt(at);
  } catch (error) {
    if (!(error instanceof ReferenceNotInForce)) throw error;
    return { catalogue: catalogueInForce(at), policy: POLICY_EDITIONS[0] };
  }
};
