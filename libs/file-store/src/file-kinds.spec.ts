import { sniffFileType } from './file-kinds';

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');

describe('sniffFileType: the type from the magic bytes, never from the name', () => {
  it.each([
    ['JPEG', hex('ffd8ffe000104a4649460001'), 'image/jpeg'],
    ['PNG', hex('89504e470d0a1a0a0000000d49484452'), 'image/png'],
    ['WebP', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp'],
    ['MP4', hex('000000186674797069736f6d00000200'), 'video/mp4'],
    ['MOV', Buffer.from('\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00', 'latin1'), 'video/quicktime'],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'), 'application/pdf'],
  ])('accepts %s', (_name, head, mime) => {
    expect(sniffFileType(head)?.mime).toBe(mime);
  });

  it.each([
    ['an ELF executable', hex('7f454c4602010100000000000000000002003e00')],
    ['a Windows PE executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1')],
    ['a ZIP archive', hex('504b0304140000000800000000000000')],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script>')],
    ['too few bytes', Buffer.from([0xff, 0xd8])],
  ])('refuses %s', (_name, head) => {
    expect(sniffFileType(head)).toBeUndefined();
  });
});
