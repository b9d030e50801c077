import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** OWASP Password Storage Cheat Sheet minimum for argon2id (19 MiB, t=2, p=1): fast enough for a login burst. */
// @node-rs/argon2 ships prebuilt binaries per platform; the `argon2` package's prebuild crashed on a clean install.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** verify compares in constant time; a malformed stored hash counts as a mismatch, never as a pass. */
  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }

  /** For unknown or disabled users: costs one real verify so response time does not reveal which usernames exist. */
  async verifyDummy(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.dummy, password);
    return false;
  }
}
