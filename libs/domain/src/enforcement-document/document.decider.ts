import { Decider } from '../shared/decider';
import { DocumentCommand } from './document.commands';
import { decideDocument } from './document.decide';
import { DocumentEvent } from './document.events';
import { EnforcementDocument, evolveDocument, initialDocumentState } from './document.state';

export const documentDecider: Decider<DocumentCommand, DocumentEvent, EnforcementDocument> = {
  decide: decideDocument,
  evolve: evolveDocument,
  initialState: initialDocumentState,
};
