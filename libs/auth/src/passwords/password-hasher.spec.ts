import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores argon2id hashes, salted, that verify only the right password', async () => {
    const a = await hasher.hash('Demo-2024!');
    const b = await hasher.hash('Demo-2024!');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toEqual(b);
    expect(await hasher.verify(a, 'Demo-2024!')).toBe(true);
    expect(await hasher.verify(a, 'demo-2024!')).toBe(false);
    expect(await hasher.verify(a, '')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch instead of throwing', async () => {
    expect(await hasher.verify('not-a-hash', 'x')).toBe(false);
  });

  it('runs a real verify for unknown users and always answers false', async () => {
    expect(await hasher.verifyDummy('Demo-2024!')).toBe(false);
    expect(await hasher.verifyDummy('Demo-2024!')).toBe(false);
  });
});
