import { EnterpriseFileEvent } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo } from '@hazard-ledger/projection-engine';
import { Change } from './duty-docs';

/** 一企一档 as one document: who holds each post, the department, engineers, certificates, funds, every change. */
export interface EnterpriseFileDoc {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  posts: Record<string, { name: string; since: string; by: string; at: string }>;
  safetyDepartment: { name: string; head: string; fullTimeStaff: number; by: string; at: string } | null;
  engineers: { registrationNo: string; name: string; validUntil: string; removed: boolean; reason: string | null }[];
  certificates: {
    certificateNo: string;
    name: string;
    operationType: string;
    validUntil: string;
    revoked: boolean;
    reason: string | null;
  }[];
  funds: Record<string, { drawnYuan: number; usedYuan: number; by: string; at: string }>;
  changes: (Change & { detail: Record<string, unknown> })[];
}

export const evolveEnterpriseFileDoc = (
  doc: EnterpriseFileDoc | undefined,
  lean: LeanEvent,
  mines: (mineId: string) => MineInfo | undefined,
): EnterpriseFileDoc | undefined => {
  const e = lean as LeanEvent & EnterpriseFileEvent;
  if (!e.type?.startsWith('EnterpriseFile')) return doc;
  const { mineId, by, at, ...detail } = e.data;
  const mine = mines(mineId);
  const base: EnterpriseFileDoc = doc ?? {
    ...{ mineId, mineName: mine?.name ?? null, jurisdiction: mine?.jurisdiction ?? null },
    ...{ posts: {}, safetyDepartment: null, engineers: [], certificates: [], funds: {}, changes: [] },
  };
  const f: EnterpriseFileDoc = { ...base, changes: [...base.changes, { type: e.type, by, at, detail }] };
  switch (e.type) {
    case 'EnterpriseFilePersonAppointed':
      return { ...f, posts: { ...f.posts, [e.data.post]: { name: e.data.name, since: e.data.since, by, at } } };
    case 'EnterpriseFileSafetyDepartmentSet': {
      const { name, head, fullTimeStaff } = e.data;
      return { ...f, safetyDepartment: { name, head, fullTimeStaff, by, at } };
    }
    case 'EnterpriseFileEngineerAdded': {
      const { registrationNo, name, validUntil } = e.data;
      const others = f.engineers.filter((x) => x.registrationNo !== registrationNo);
      return { ...f, engineers: [...others, { registrationNo, name, validUntil, removed: false, reason: null }] };
    }
    case 'EnterpriseFileEngineerRemoved':
      return {
        ...f,
        engineers: f.engineers.map((x) =>
          x.registrationNo === e.data.registrationNo ? { ...x, removed: true, reason: e.data.reason } : x,
        ),
      };
    case 'EnterpriseFileCertificateRecorded':
    case 'EnterpriseFileCertificateRenewed': {
      const { certificateNo, name, operationType, validUntil } = e.data;
      const others = f.certificates.filter((c) => c.certificateNo !== certificateNo);
      const held = { certificateNo, name, operationType, validUntil, revoked: false, reason: null };
      return { ...f, certificates: [...others, held] };
    }
    case 'EnterpriseFileCertificateRevoked':
      return {
        ...f,
        certificates: f.certificates.map((c) =>
          c.certificateNo === e.data.certificateNo ? { ...c, revoked: true, reason: e.data.reason } : c,
        ),
      };
    case 'EnterpriseFileFundsRecorded': {
      const { year, drawnYuan, usedYuan } = e.data;
      return { ...f, funds: { ...f.funds, [String(year)]: { drawnYuan, usedYuan, by, at } } };
    }
    default:
      return f;
  }
};
