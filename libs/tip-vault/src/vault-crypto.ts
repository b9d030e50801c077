import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, o: object) => Promise<Buffer>;

export interface Sealed {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

/** AES-256-GCM; the AAD binds the ciphertext to its vault row, so rows cannot be swapped. */
export const seal = (key: Buffer, plaintext: Buffer, aad: string): Sealed => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
};

export const unseal = (key: Buffer, sealed: Sealed, aad: string): Buffer => {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
};

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

// No 0/O/1/I/L: a code read out over the 12350 hotline is not misheard. 16 symbols of 31 ≈ 79 bits.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const newClaimCode = (): string => {
  const bytes = randomBytes(16);
  const symbols = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return symbols.match(/.{4}/g)!.join('-');
};

const normalise = (code: string): string => code.toUpperCase().replace(/[^0-9A-Z]/g, '');
const SCRYPT = { N: 16384, r: 8, p: 1 };

/** scrypt with a per-code salt: the code itself is never stored. */
export const hashClaimCode = async (code: string): Promise<string> => {
  const salt = randomBytes(16);
  const hash = await scryptAsync(normalise(code), salt, 32, SCRYPT);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
};

/** Always runs scrypt (against a dummy when there is no stored hash), so timing does not tell which part was wrong. */
export const claimCodeMatches = async (code: string, stored: string | undefined): Promise<boolean> => {
  const [, salt, hash] = (stored ?? `scrypt$${'A'.repeat(22)}==$${'A'.repeat(43)}=`).split('$');
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(normalise(code), Buffer.from(salt, 'base64'), 32, SCRYPT);
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(expected, actual);
};
