import { EnterpriseFileEvent } from './enterprise-file.events';

/** What decisions need of the file: which engineers are on it and each certificate's validity. */
export interface EnterpriseFile {
  mineId: string | null;
  engineers: readonly string[];
  certificates: Readonly<Record<string, { validUntil: string; revoked: boolean }>>;
}

export const initialEnterpriseFileState = (): EnterpriseFile => ({ mineId: null, engineers: [], certificates: {} });

// Never throws: an event that does not fit leaves the state unchanged, so old streams always replay.
export const evolveEnterpriseFile = (state: EnterpriseFile, event: EnterpriseFileEvent): EnterpriseFile => {
  const file = { ...state, mineId: state.mineId ?? event.data.mineId };
  switch (event.type) {
    case 'EnterpriseFileEngineerAdded':
      return { ...file, engineers: [...file.engineers, event.data.registrationNo] };
    case 'EnterpriseFileEngineerRemoved':
      return { ...file, engineers: file.engineers.filter((r) => r !== event.data.registrationNo) };
    case 'EnterpriseFileCertificateRecorded':
    case 'EnterpriseFileCertificateRenewed': {
      const certificate = { validUntil: event.data.validUntil, revoked: false };
      return { ...file, certificates: { ...file.certificates, [event.data.certificateNo]: certificate } };
    }
    case 'EnterpriseFileCertificateRevoked': {
      const held = file.certificates[event.data.certificateNo];
      if (!held) return file;
      return {
        ...file,
        certificates: { ...file.certificates, [event.data.certificateNo]: { ...held, revoked: true } },
      };
    }
    default:
      return file;
  }
};
