import { createHash } from 'node:crypto';
import sharp from 'sharp';

export const sm3 = (bytes: Buffer): string => createHash('sm3').update(bytes).digest('hex');

/** A real small photo (PNG), different for every seed. */
export const aPhoto = (seed: number, size = 64): Promise<Buffer> =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r: seed % 256, g: 90, b: 40 } } })
    .png()
    .toBuffer();

/** An ELF executable's first bytes: what a renamed `.jpg` may really be. */
export const anElfExecutable = (): Buffer =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);

/** A Windows PE executable's first bytes ("MZ"). */
export const aPeExecutable = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0)]);

/** The start of an MP4 (an ftyp box), as recorder footage begins. */
export const MP4_HEAD = Buffer.from([
  0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0x00, 0x00, 0x02, 0x00, 0x69, 0x73, 0x6f,
  0x6d, 0x6d, 0x70, 0x34, 0x31,
]);
