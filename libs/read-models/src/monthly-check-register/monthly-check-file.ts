import { CheckLeader, CheckParticipant, MonthlyCheckEvent } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo } from '@hazard-ledger/projection-engine';

/** Everything the record says about one mine's monthly check: one row of the register, the board's "done" cell. */
export interface MonthlyCheckFile {
  checkId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  month: string;
  performedAt: string;
  recordedAt: string;
  leader: CheckLeader;
  ledByPrincipal: boolean;
  participants: CheckParticipant[];
  areas: string[];
  clauses: string[];
  deadline: string;
  late: boolean;
  policyVersion: string;
  hazardIds: string[];
  result: string | null;
  summary: string | null;
  signedBy: { id: string; name: string; meaning: string; contentHash: string } | null;
  signedAt: string | null;
}

/** Folds a monthly-check stream; events before its recording (or of no check) leave it as it is. */
export const evolveMonthlyCheckFile = (
  file: MonthlyCheckFile | undefined,
  lean: LeanEvent,
  mines: (mineId: string) => MineInfo | undefined,
): MonthlyCheckFile | undefined => {
  const event = lean as LeanEvent & MonthlyCheckEvent;
  if (!file) {
    if (event.type !== 'MonthlyCheckRecorded') return undefined;
    const { catalogueVersion: _catalogue, ...d } = event.data;
    const mine = mines(d.mineId);
    return {
      ...d,
      ...{ mineName: mine?.name ?? null, jurisdiction: mine?.jurisdiction ?? null },
      ...{ hazardIds: [], result: null, summary: null, signedBy: null, signedAt: null },
    };
  }
  switch (event.type) {
    case 'MonthlyCheckHazardLinked':
      return { ...file, hazardIds: [...file.hazardIds, event.data.hazardId] };
    case 'MonthlyCheckSigned': {
      const { result, summary, signature, signedAt } = event.data;
      const { signerId: id, printedName: name, meaning, contentHash } = signature;
      return { ...file, result, summary, signedAt, signedBy: { id, name, meaning, contentHash } };
    }
    default:
      return file;
  }
};
