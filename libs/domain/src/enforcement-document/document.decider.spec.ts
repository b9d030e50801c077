import { DeciderSpecification } from '@hazard-ledger/testing';
import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { DocumentCommand } from './document.commands';
import { documentDecider } from './document.decider';
import {
  DocumentDetailsInvalid,
  DocumentDutiesViolated,
  DocumentNotFound,
  DocumentSignatureRequired,
  DocumentUnchanged,
  InvalidDocumentTransition,
  LegalReviewMissing,
  LegalReviewNotRequired,
} from './document.errors';
import { DocumentEvent } from './document.events';
import { documentInForce } from './document.state';
import * as fx from './document.fixtures';

const given = DeciderSpecification.for(documentDecider);

const drafted = fx.aDocumentDrafted();
const reviewed = [drafted, fx.aDocumentReviewed()];
const signed = [...reviewed, fx.aDocumentSigned()];
const served = [...signed, fx.aDocumentServed()];
const histories: Record<string, DocumentEvent[]> = {
  none: [],
  drafted: [drafted],
  reviewed,
  signed,
  served,
  revoked: [...served, fx.aDocumentRevoked()],
};

describe('EnforcementDocument 执法文书', () => {
  describe('drafting', () => {
    it('records version 1, its team, and whether the kind needs 法制审核 under the policy in force', () => {
      given([]).when(fx.aDraftDocument()).then([drafted]);
      given([])
        .when(fx.aDraftDocument('rectification_order'))
        .then([fx.aDocumentDrafted('rectification_order')]);
    });

    it('refuses an on-site document without its inspection, and an unknown kind', () => {
      const cmd = fx.aDraftDocument('on_site_measures');
      given([])
        .when({ ...cmd, data: { ...cmd.data, inspection: null } })
        .thenThrows(DocumentDetailsInvalid);
      given([])
        .when(fx.aDraftDocument('memo' as never))
        .thenThrows(DocumentDetailsInvalid);
    });
  });

  describe('amending', () => {
    it('computes the field-level diff and keeps the reason; a draft amendment is not flagged', () =>
      given([drafted]).when(fx.anAmendDocument()).then([fx.aDocumentAmended()]));

    it('flags an amendment after signing, and after service', () => {
      given(signed)
        .when(fx.anAmendDocument())
        .then([fx.aDocumentAmended({ afterSigning: true, afterService: false })]);
      given(served)
        .when(fx.anAmendDocument())
        .then([fx.aDocumentAmended({ afterSigning: true, afterService: true })]);
    });

    it('a document amended after signing is out of force until its new version is reviewed and signed', () => {
      const amended = [...served, fx.aDocumentAmended({ afterSigning: true, afterService: true })];
      expect(documentInForce(fold(documentDecider, served))).toBe(true);
      expect(fold(documentDecider, amended)).toMatchObject({ status: 'drafted', version: 2, signedVersion: 1 });
      expect(documentInForce(fold(documentDecider, amended))).toBe(false);
      given(amended).when(fx.aSignDocument()).thenThrows(LegalReviewMissing);
      const resigned = [...amended, fx.aDocumentReviewed(2), fx.aDocumentSigned(fx.teamMate, 2)];
      expect(documentInForce(fold(documentDecider, resigned))).toBe(true);
      given(resigned)
        .when(fx.aServeDocument())
        .then([fx.aDocumentServed(2)]);
    });

    it('once signed, only the team, the drafter or a supervising leader may amend it', () => {
      given(signed).when(fx.anAmendDocument(fx.AMENDED, fx.otherInspector)).thenThrows(DocumentDutiesViolated);
      given(signed)
        .when(fx.anAmendDocument(fx.AMENDED, fx.leader))
        .then([fx.aDocumentAmended({ afterSigning: true, afterService: false }, 2, fx.leader)]);
      given([drafted])
        .when(fx.anAmendDocument(fx.AMENDED, fx.otherInspector))
        .then([fx.aDocumentAmended(undefined, 2, fx.otherInspector)]);
    });

    it('needs a reason and a change', () => {
      const noReason = fx.anAmendDocument();
      given([drafted])
        .when({ ...noReason, data: { ...noReason.data, reason: ' ' } })
        .thenThrows(DocumentDetailsInvalid);
      given([drafted]).when(fx.anAmendDocument(fx.CONTENT)).thenThrows(DocumentUnchanged);
    });

    it('makes an earlier legal review stale: the new version needs its own before signing', () =>
      given([...reviewed, fx.aDocumentAmended()])
        .when(fx.aSignDocument())
        .thenThrows(LegalReviewMissing));
  });

  describe('法制审核 legal review', () => {
    it('is recorded for the current version by a regulator who neither drafted nor inspected', () =>
      given([drafted]).when(fx.aReview()).then([fx.aDocumentReviewed()]));

    it('separation of duties: the drafter cannot legally review their own document', () =>
      given([drafted]).when(fx.aReview(fx.drafter)).thenThrows(DocumentDutiesViolated));

    it('separation of duties: whoever amended a version cannot legally review it', () =>
      given([drafted, fx.aDocumentAmended(undefined, 2, fx.otherInspector)])
        .when(fx.aReview(fx.otherInspector))
        .thenThrows(DocumentDutiesViolated));

    it('separation of duties: nobody on the inspection team can review it either', () =>
      given([drafted]).when(fx.aReview(fx.teamMate)).thenThrows(DocumentDutiesViolated));

    it('is refused for a kind that needs none', () =>
      given([fx.aDocumentDrafted('rectification_order')])
        .when(fx.aReview())
        .thenThrows(LegalReviewNotRequired));

    it('a returned review leaves the draft unsignable', () =>
      given([drafted, fx.aDocumentReviewed(1, 'returned')])
        .when(fx.aSignDocument())
        .thenThrows(LegalReviewMissing));
  });

  describe('signing', () => {
    it('a member of the inspection team signs the reviewed version', () =>
      given(reviewed).when(fx.aSignDocument()).then([fx.aDocumentSigned()]));

    it('the approving supervising leader may sign though not on the team', () =>
      given(reviewed)
        .when(fx.aSignDocument(fx.leader))
        .then([fx.aDocumentSigned(fx.leader)]));

    it('separation of duties: the leader who gave 法制审核 may not also sign', () => {
      const byLeader = fx.aDocumentReviewed();
      const reviewedByLeader = [
        drafted,
        { ...byLeader, data: { ...byLeader.data, reviewedBy: fx.actorRef(fx.leader) } },
      ];
      given(reviewedByLeader).when(fx.aSignDocument(fx.leader)).thenThrows(DocumentDutiesViolated);
      given(reviewedByLeader).when(fx.aSignDocument()).then([fx.aDocumentSigned()]);
    });

    it('separation of duties: an inspector off the team may not sign', () =>
      given(reviewed).when(fx.aSignDocument(fx.otherInspector)).thenThrows(DocumentDutiesViolated));

    it('a kind without legal review is signed straight from the draft', () =>
      given([fx.aDocumentDrafted('rectification_order')])
        .when(fx.aSignDocument())
        .then([{ ...fx.aDocumentSigned(), data: { ...fx.aDocumentSigned().data } }]));

    it("needs the signer's own signature", () => {
      given(reviewed).when(fx.aSignDocument(fx.teamMate, null)).thenThrows(DocumentSignatureRequired);
      given(reviewed)
        .when(fx.aSignDocument(fx.teamMate, fx.aSignature(fx.drafter)))
        .thenThrows(DocumentSignatureRequired);
    });
  });

  describe('service and revocation', () => {
    it('records how, to whom and when the signed document was served', () =>
      given(signed).when(fx.aServeDocument()).then([fx.aDocumentServed()]));

    it('refuses a service time in the future', () =>
      given(signed).when(fx.aServeDocument(fx.LATER)).thenThrows(DocumentDetailsInvalid));

    it('a leader revokes, or corrects by naming the replacing document', () => {
      given(served).when(fx.aRevokeDocument()).then([fx.aDocumentRevoked()]);
      given(served)
        .when(fx.aRevokeDocument('doc-0002'))
        .then([fx.aDocumentRevoked('doc-0002')]);
      given(served).when(fx.aRevokeDocument(fx.DOCUMENT_ID)).thenThrows(DocumentDetailsInvalid);
    });
  });

  describe('forbidden transitions', () => {
    const commands = fx.oneOfEach();
    const rows: [string, DocumentCommand['type'], new (...args: never[]) => DomainError][] = [
      ...(['AmendDocument', 'ReviewDocumentLegally', 'SignDocument', 'ServeDocument', 'RevokeDocument'] as const).map(
        (t) => ['none', t, DocumentNotFound] as [string, DocumentCommand['type'], typeof DocumentNotFound],
      ),
      ['drafted', 'DraftDocument', InvalidDocumentTransition],
      ['drafted', 'ServeDocument', InvalidDocumentTransition],
      ['drafted', 'SignDocument', LegalReviewMissing],
      ['reviewed', 'DraftDocument', InvalidDocumentTransition],
      ['reviewed', 'ReviewDocumentLegally', InvalidDocumentTransition],
      ['reviewed', 'ServeDocument', InvalidDocumentTransition],
      ['signed', 'DraftDocument', InvalidDocumentTransition],
      ['signed', 'ReviewDocumentLegally', InvalidDocumentTransition],
      ['signed', 'SignDocument', InvalidDocumentTransition],
      ['served', 'DraftDocument', InvalidDocumentTransition],
      ['served', 'ReviewDocumentLegally', InvalidDocumentTransition],
      ['served', 'SignDocument', InvalidDocumentTransition],
      ['served', 'ServeDocument', InvalidDocumentTransition],
      ...(Object.keys(commands) as DocumentCommand['type'][]).map(
        (t) =>
          ['revoked', t, InvalidDocumentTransition] as [
            string,
            DocumentCommand['type'],
            typeof InvalidDocumentTransition,
          ],
      ),
    ];
    it.each(rows)('%s: %s is refused with %p', (status, type, error) =>
      given(histories[status]).when(commands[type]).thenThrows(error),
    );
  });
});
