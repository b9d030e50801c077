import { TipCommandType, tipCommandAccess } from '@hazard-ledger/domain';

const ASSIGNEE_ONLY: readonly TipCommandType[] = ['VerifyTip', 'HandleTip', 'SendTipFeedback'];

/** The Swagger description of a tip command: who may issue it (from the access table). */
export const tipAccessNote = (type: TipCommandType): string =>
  [
    `角色 / roles: ${tipCommandAccess[type].roles.join(', ')}`,
    type === 'RevealTipIdentity' || type === 'ShredTipIdentity'
      ? '（仅身份保管员，每次操作记为事件 / the identity custodian only; every use is an event）.'
      : '（举报所属辖区 / in the tip’s jurisdiction）.',
    ASSIGNEE_ONLY.includes(type) ? '仅限承办人 / the assignee only.' : '',
    type === 'ReReviewTip' ? '须为未参与办理的领导 / a leader who took no part.' : '',
  ]
    .filter(Boolean)
    .join(' ');
