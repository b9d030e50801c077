import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { hotWorkPermitCommandAccess } from './hot-work-permit.access';
import { HotWorkPermitCommand, HotWorkPermitCommandType } from './hot-work-permit.commands';
import { hotWorkPermitDecider } from './hot-work-permit.decider';
import {
  ApprovalSignatureMismatch,
  ApproverIsRequester,
  HotWorkPermitDetailsInvalid,
  HotWorkPermitNotRequested,
  InvalidHotWorkPermitTransition,
  OutsidePermitWindow,
  PermitContractorNotOfMine,
} from './hot-work-permit.errors';
import { HotWorkPermitStatus } from './hot-work-permit.state';
import * as fx from './hot-work-permit.fixtures';

const given = DeciderSpecification.for(hotWorkPermitDecider);
const { actors } = fx;

const LATER: Record<Exclude<HotWorkPermitCommandType, 'RequestHotWorkPermit'>, () => HotWorkPermitCommand> = {
  ApproveHotWorkPermit: () => fx.anApprove(),
  StartHotWork: () => fx.aStart(),
  FinishHotWork: () => fx.aFinish(),
  CancelHotWorkPermit: () => fx.aCancel(),
};
type Later = keyof typeof LATER;
/** Which later command each state allows; every other pair is a forbidden transition. */
const ALLOWED: Record<Exclude<HotWorkPermitStatus, 'not_requested'>, Later[]> = {
  requested: ['ApproveHotWorkPermit', 'CancelHotWorkPermit'],
  approved: ['StartHotWork', 'CancelHotWorkPermit'],
  started: ['FinishHotWork'],
  finished: [],
  cancelled: [],
};
const forbidden = (Object.keys(ALLOWED) as (keyof typeof ALLOWED)[]).flatMap((status) =>
  (Object.keys(LATER) as Later[]).filter((t) => !ALLOWED[status].includes(t)).map((t) => [status, t] as const),
);

describe('Hot-work permit: request (一项动火作业、一张动火作业票)', () => {
  it('given nothing, when staff request a permit for a window, then it is requested', () =>
    given([]).when(fx.aRequest()).then([fx.requested]));

  it('given nothing, when requested for a contractor’s job, then the contractor is kept', () => {
    const [event] = hotWorkPermitDecider.decide(
      fx.aRequest({ contractorId: 'contractor-9', contractor: { mineId: fx.REQUEST.mineId } }),
      { status: 'not_requested' },
    );
    expect(event.data).toMatchObject({ contractorId: 'contractor-9' });
    expect(event.data).not.toHaveProperty('contractor');
  });

  it.each([
    ['another mine’s contractor', { mineId: 'mine-elsewhere' }],
    ['a contractor never registered', null],
  ])('given nothing, when requested naming %s, then it is refused', (_, contractor) =>
    given([])
      .when(fx.aRequest({ contractorId: 'contractor-9', contractor }))
      .thenThrows(PermitContractorNotOfMine),
  );

  it.each([
    ['a blank location', { location: ' ' }],
    ['no work named', { work: '' }],
    ['no precaution', { precautions: [] }],
    ['a blank precaution', { precautions: ['  '] }],
    ['an end before the start', { windowEnd: '2024-03-10T07:00:00.000Z' }],
    ['a window longer than the policy allows', { windowEnd: '2024-03-10T20:00:01.000Z' }],
    ['a window already over', { windowStart: '2024-03-09T08:00:00.000Z', windowEnd: '2024-03-09T16:00:00.000Z' }],
    ['underground neither true nor false', { underground: 'yes' as never }],
  ])('given nothing, when requested with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRequest(data)).thenThrows(HotWorkPermitDetailsInvalid),
  );

  it('given a requested permit, when requested again, then it is refused', () =>
    given(fx.history.requested).when(fx.aRequest()).thenThrows(InvalidHotWorkPermitTransition));
});

describe('Hot-work permit: approval', () => {
  it('given a request, when the safety director approves with the precautions, then it is approved', () =>
    given(fx.history.requested).when(fx.anApprove()).then([fx.approved]));

  it('given a request by the safety director, when the same person approves it, then it is refused', () =>
    given([{ ...fx.requested, data: { ...fx.requested.data, requestedBy: { ...actors.safetyDirector } } }] as never)
      .when(fx.anApprove())
      .thenThrows(ApproverIsRequester));

  it('given a request, when the approver carries another person’s signature, then it is refused', () => {
    const command = fx.anApprove(actors.principal);
    given(fx.history.requested)
      .when({ ...command, data: { ...command.data, signature: fx.aSignatureBy(actors.safetyDirector) } })
      .thenThrows(ApprovalSignatureMismatch);
  });

  it('given a request, when approved after its window has ended, then it is refused', () =>
    given(fx.history.requested)
      .when(fx.anApprove(actors.principal, { now: fx.AFTER_WINDOW }))
      .thenThrows(OutsidePermitWindow));

  it('given a request, when approved without precautions, then it is refused', () => {
    const command = fx.anApprove();
    given(fx.history.requested)
      .when({ ...command, data: { ...command.data, precautions: [] } })
      .thenThrows(HotWorkPermitDetailsInvalid);
  });
});

describe('Hot-work permit: work only inside the window', () => {
  it('given an approved permit, when work starts inside the window, then it is started', () =>
    given(fx.history.approved).when(fx.aStart()).then([fx.started]));

  it.each([
    ['before', fx.BEFORE_WINDOW],
    ['after', fx.AFTER_WINDOW],
  ])('given an approved permit, when work starts %s the window, then it is refused', (_, now) =>
    given(fx.history.approved).when(fx.aStart({}, { now })).thenThrows(OutsidePermitWindow),
  );

  it('given started work, when it is finished with a note, then it is finished', () =>
    given(fx.history.started).when(fx.aFinish()).then([fx.finished]));

  it('given started work, when finished without a note, then it is refused', () =>
    given(fx.history.started)
      .when(fx.aFinish({ note: ' ' }))
      .thenThrows(HotWorkPermitDetailsInvalid));

  it.each(['requested', 'approved'] as const)(
    'given a %s permit, when cancelled with a reason, then it is cancelled',
    (status) =>
      given(fx.history[status])
        .when(fx.aCancel())
        .then([fx.cancelled(status)]),
  );

  it('given a request, when cancelled without a reason, then it is refused', () =>
    given(fx.history.requested)
      .when(fx.aCancel({ reason: '' }))
      .thenThrows(HotWorkPermitDetailsInvalid));
});

describe('Hot-work permit: forbidden transitions', () => {
  it.each(Object.keys(LATER) as Later[])('given nothing, when %s, then the permit is not found', (type) =>
    given([]).when(LATER[type]()).thenThrows(HotWorkPermitNotRequested),
  );

  it.each(forbidden)('given a %s permit, when %s, then it is refused', (status, type) =>
    given(fx.history[status as keyof typeof fx.history])
      .when(LATER[type]())
      .thenThrows(InvalidHotWorkPermitTransition),
  );
});

describe('Hot-work permit command access (roles × commands)', () => {
  const ENTERPRISE = ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'];
  it.each([
    ['RequestHotWorkPermit', ENTERPRISE],
    ['ApproveHotWorkPermit', ['enterprise_principal', 'enterprise_safety_director']],
    ['StartHotWork', ENTERPRISE],
    ['FinishHotWork', ENTERPRISE],
    ['CancelHotWorkPermit', ENTERPRISE],
  ] as const)('%s: %j only', (type, roles) =>
    expect(ROLES.filter((role) => hotWorkPermitCommandAccess[type].roles.includes(role))).toEqual(roles),
  );
});
