import { ROLES } from '../shared/actor';
import { DocumentCommandType } from './document.commands';
import { documentCommandAccess } from './document.access';

const allowed = (type: DocumentCommandType) => ROLES.filter((role) => documentCommandAccess[type].roles.includes(role));

describe('EnforcementDocument command access (roles × commands)', () => {
  it.each([
    ['DraftDocument', ['inspector', 'supervising_leader']],
    ['AmendDocument', ['inspector', 'supervising_leader']],
    ['ReviewDocumentLegally', ['inspector', 'supervising_leader']],
    ['SignDocument', ['inspector', 'supervising_leader']],
    ['ServeDocument', ['inspector', 'supervising_leader']],
    ['RevokeDocument', ['supervising_leader']],
  ] as const)('%s: only %p', (type, roles) => expect(allowed(type)).toEqual(roles));
});
