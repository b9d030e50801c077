import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tipFollowUpPolicyInForce } from '@hazard-ledger/domain';

/**
 * Claim-code attempts counted in PostgreSQL (tip_claim_attempts), per tip number and per client address, in a
 * sliding window of the follow-up policy in force: the limit survives restarts and holds across API instances.
 * Every attempt counts, right or wrong, so the check and the count need no second round trip after the claim.
 */
@Injectable()
export class AttemptLimiter {
  constructor(private readonly db: DataSource) {}

  /** Records this attempt; false when the tip number or the address has used up the window's attempts. */
  async allow(tipNo: string, client: string, now = new Date()): Promise<boolean> {
    const policy = tipFollowUpPolicyInForce(now.toISOString());
    const since = new Date(now.getTime() - policy.windowMinutes * 60_000).toISOString();
    const limits: [string, number][] = [
      [`tip:${tipNo}`, policy.maxPerTipNo],
      [`client:${client}`, policy.maxPerClient],
    ];
    return this.db.transaction(async (tx) => {
      let allowed = true;
      // One key at a time, in a fixed order, under a transaction lock: parallel guesses on other instances wait.
      for (const [key, max] of limits) {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 15))`, [key]);
        await tx.query(`DELETE FROM tip_claim_attempts WHERE key = $1 AND attempted_at <= $2`, [key, since]);
        await tx.query(`INSERT INTO tip_claim_attempts (key, attempted_at) VALUES ($1, $2)`, [key, now.toISOString()]);
        const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM tip_claim_attempts WHERE key = $1`, [key])) as {
          n: number;
        }[];
        if (n > max) allowed = false;
      }
      return allowed;
    });
  }
}
