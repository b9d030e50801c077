import { Conclusion } from '@hazard-ledger/domain';
import { HazardCtx, MEANING } from './hazard-context';
import { voidHazard } from './hazard-steps';
import { DAY, addMs } from './stream-script';
import { EVALUATORS, EXTENSION_REASONS, PROGRESS } from './texts';

export const progress = (c: HazardCtx, minDays = 7, maxDays = 25): void => {
  const actor = c.staff();
  c.days(minDays, maxDays);
  c.issue('RecordRemediationProgress', actor, (now) => ({
    note: c.rng.pick(PROGRESS),
    evidence: c.rng.chance(0.7) ? [c.evidence(now)] : [],
  }));
};

/** 延期申请 past the deadline in force, then granted by a leader (who joins the plan participants) or refused. */
export const extension = (c: HazardCtx, grant: boolean): void => {
  const requester = c.rng.chance(0.7) ? c.mine.principal : c.staff();
  const reason = c.rng.pick(EXTENSION_REASONS);
  const extraDays = c.rng.int(30, 120);
  let requested = '';
  c.days(1, 10);
  c.issue('RequestExtension', requester, (now) => {
    requested = addMs(c.majorFacts?.deadline ?? now, extraDays * DAY);
    return { newDeadline: requested, reason };
  });
  const decider = grant ? c.involvedLeader() : c.regulator();
  c.days(2, 15);
  if (grant) {
    const why = '经现场核实理由成立 / grounds confirmed on site';
    c.issue('GrantExtension', decider, (now) => ({
      newDeadline: requested,
      reason: why,
      signature: c.signature(decider, MEANING.extension, now),
    }));
  } else {
    const why = '延期理由不成立 / no grounds for an extension';
    c.issue('RefuseExtension', decider, () => ({ reason: why }));
  }
};

/** 治理效果评估; passed → evaluated, failed → stays in remediation. Returns whether it passed. */
export const evaluate = (c: HazardCtx, pass: boolean): boolean => {
  const actor = c.staff();
  const evaluator = c.rng.pick(EVALUATORS);
  c.days(5, 30);
  c.issue('EvaluateRemediation', actor, () => ({
    evaluator,
    reportHash: c.rng.hex(64),
    conclusion: (pass ? 'passed' : 'failed') as Conclusion,
  }));
  return pass;
};

const escalate = (c: HazardCtx): void => {
  const leader = c.leader();
  c.days(3, 30);
  c.issue('EscalateHazard', leader, (now) => ({
    caseNo: c.docNo('立', now),
    signature: c.signature(leader, MEANING.escalation, now),
    targets: [
      { kind: 'enterprise' as const, name: c.mine.enterprise.name },
      { kind: 'person' as const, name: c.mine.principal.name },
    ],
  }));
};

/** Progress records (with extension cycles), sometimes 一案双罚 escalation, then evaluation until one passes. */
export const remediate = (c: HazardCtx, escalation: boolean): 'closed' | 'evaluated' => {
  const records = c.rng.int(4, 16);
  const extensionAt = c.rng.chance(0.35) ? c.rng.int(0, records - 1) : -1;
  for (let i = 0; i < records; i++) {
    progress(c);
    if (i === extensionAt || (i === extensionAt + 2 && c.rng.chance(0.4))) extension(c, c.rng.chance(0.75));
    if (escalation && i === Math.floor(records / 2)) {
      escalate(c);
      c.stage('escalated');
      if (c.rng.chance(0.5)) {
        c.days(5, 60);
        // Ended without 销号 only on a legal ground: here one leader asks for the void and a second approves it.
        if (voidHazard(c)) return 'closed';
      }
      progress(c); // work resumes after the penalty
    }
  }
  while (!evaluate(c, c.rng.chance(0.88))) progress(c, 5, 30);
  c.stage('evaluated');
  return 'evaluated';
};
