import { CaseAnswer, LookbackCaseCommand } from './lookback-case.commands';
import { LookbackCaseEvent } from './lookback-case.events';
import {
  LookbackCaseAlreadyOpened,
  LookbackCaseDetailsInvalid,
  LookbackCaseInvalidTransition,
  LookbackCaseNotFound,
} from './lookback-case.errors';
import { LookbackCase } from './lookback-case.state';

const DIGEST = /^[0-9a-f]{64}$/;

const requireText = (field: string, value: string) => {
  if (value.trim() === '') throw new LookbackCaseDetailsInvalid(field, '不能为空', 'must not be empty');
};

const requireAnswer = (answer: CaseAnswer) => {
  requireText('queryId', answer.queryId);
  if (!DIGEST.test(answer.answerDigest))
    throw new LookbackCaseDetailsInvalid('answerDigest', '须为 64 位十六进制摘要', 'must be a 64-digit hex digest');
};

const requireOpen = (state: LookbackCase, command: LookbackCaseCommand) => {
  if (state.status === 'none') throw new LookbackCaseNotFound(command.type);
  if (state.status !== 'open') throw new LookbackCaseInvalidTransition(state.status, command.type);
};

/** Open once, with a subject; record and freeze answers while open; close once with a conclusion. */
export const decideLookbackCase = (command: LookbackCaseCommand, state: LookbackCase): LookbackCaseEvent[] => {
  const { actor, now } = command.metadata;
  switch (command.type) {
    case 'OpenLookbackCase': {
      if (state.status !== 'none') throw new LookbackCaseAlreadyOpened(state.caseId);
      const { caseId, title, subject, scope, legalBasis } = command.data;
      requireText('title', title);
      requireText('scope', scope);
      requireText('legalBasis', legalBasis);
      if (subject.mineIds.length + subject.personIds.length === 0)
        throw new LookbackCaseDetailsInvalid(
          'subject',
          '须至少指明一个矿山或人员',
          'must name at least one mine or person',
        );
      return [
        {
          type: 'LookbackCaseOpened',
          data: { caseId, title, subject, scope, legalBasis, openedBy: actor.id, openedAt: now },
        },
      ];
    }
    case 'RecordLookbackCaseQuery':
      requireOpen(state, command);
      requireAnswer(command.data.answer);
      return [
        {
          type: 'LookbackCaseQueryRecorded',
          data: { caseId: state.caseId, answer: command.data.answer, ranBy: actor.id, ranAt: now },
        },
      ];
    case 'FreezeLookbackCaseAnswer':
      requireOpen(state, command);
      requireAnswer(command.data.answer);
      return [
        {
          type: 'LookbackCaseAnswerFrozen',
          data: { caseId: state.caseId, answer: command.data.answer, frozenBy: actor.id, frozenAt: now },
        },
      ];
    case 'CloseLookbackCase':
      requireOpen(state, command);
      requireText('conclusion', command.data.conclusion);
      return [
        {
          type: 'LookbackCaseClosed',
          data: { caseId: state.caseId, conclusion: command.data.conclusion, closedBy: actor.id, closedAt: now },
        },
      ];
  }
};
