import { Actor } from '../shared/actor';
import { DocumentDutiesViolated } from './document.errors';
import { ExistingDocument } from './document.state';

/**
 * Separation of duties on a 执法文书 (domain.md §8.4): whoever wrote any version, or inspected, may not give it
 * 法制审核; whoever approved it in 法制审核 may not also sign it; once signed, only those answerable for it (the
 * inspection team, the drafter, a supervising leader) may amend it — and the amendment is flagged and unsigned.
 */
export const ensureMayReview = (doc: ExistingDocument, actor: Actor) => {
  if (doc.authors.includes(actor.id))
    throw new DocumentDutiesViolated(
      actor.id,
      '起草或修改过本文书者不得对其进行法制审核',
      'whoever drafted or amended the document may not legally review it',
    );
  if (doc.inspectionTeam.includes(actor.id))
    throw new DocumentDutiesViolated(
      actor.id,
      '检查组成员不得进行法制审核',
      'a member of the inspection team may not legally review',
    );
};

export const ensureMaySign = (doc: ExistingDocument, actor: Actor): 'team_member' | 'approving_leader' => {
  const onTeam = doc.inspectionTeam.includes(actor.id);
  if (!onTeam && actor.role !== 'supervising_leader')
    throw new DocumentDutiesViolated(
      actor.id,
      '签发人须为检查组成员或审批的分管领导',
      'the signer must be on the inspection team or the approving supervising leader',
    );
  if (doc.legalReviewRequired && doc.approvedBy === actor.id)
    throw new DocumentDutiesViolated(
      actor.id,
      '法制审核人不得签发其审核的文书',
      'the legal reviewer may not sign the document they reviewed',
    );
  return onTeam ? 'team_member' : 'approving_leader';
};

export const ensureMayAmend = (doc: ExistingDocument, actor: Actor) => {
  if (!doc.signed) return;
  const answerable =
    doc.inspectionTeam.includes(actor.id) || doc.draftedBy === actor.id || actor.role === 'supervising_leader';
  if (!answerable)
    throw new DocumentDutiesViolated(
      actor.id,
      '已签发文书只能由检查组成员、起草人或分管领导修改',
      'a signed document may be amended only by the inspection team, its drafter or a supervising leader',
    );
};
