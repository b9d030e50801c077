import { Decider } from '../shared/decider';
import { EnterpriseFileCommand } from './enterprise-file.commands';
import { decideEnterpriseFile } from './enterprise-file.decide';
import { EnterpriseFileEvent } from './enterprise-file.events';
import { EnterpriseFile, evolveEnterpriseFile, initialEnterpriseFileState } from './enterprise-file.state';

export const enterpriseFileDecider: Decider<EnterpriseFileCommand, EnterpriseFileEvent, EnterpriseFile> = {
  decide: decideEnterpriseFile,
  evolve: evolveEnterpriseFile,
  initialState: initialEnterpriseFileState,
};
