import { Actor } from '../shared/actor';
import { DocumentCommand } from './document.commands';
import { DocumentDetailsInvalid, DocumentNotFound, InvalidDocumentTransition } from './document.errors';
import { DocumentActor } from './document.events';
import { DocumentStatus, EnforcementDocument, ExistingDocument } from './document.state';

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const blank = (s: string | undefined | null) => typeof s !== 'string' || s.trim() === '';
export const actorOf = (a: Actor): DocumentActor => ({ userId: a.id, name: a.name, role: a.role });

export const existing = (
  state: EnforcementDocument,
  command: DocumentCommand,
  allowed: DocumentStatus[],
): ExistingDocument => {
  if (state.status === 'none') throw new DocumentNotFound(command.type);
  if (command.data.documentId !== state.documentId)
    throw new DocumentDetailsInvalid('documentId', '与所加载的文书不符', 'does not match the loaded document');
  if (!allowed.includes(state.status)) throw new InvalidDocumentTransition(state.status, command.type);
  return state;
};

export const requireText = (field: string, value: string) => {
  if (blank(value)) throw new DocumentDetailsInvalid(field, '必须填写', 'is required');
};
