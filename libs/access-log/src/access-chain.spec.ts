import { createHash } from 'node:crypto';
import { ACCESS_GENESIS_HASH, accessHash, accessHashInput } from './access-chain';
import { AccessEntry, InvalidAccessEntry, accessTimestamp, prepareAccess } from './access-entry';
import { decodeAccessCursor, encodeAccessCursor } from './find-accesses';

const entry: AccessEntry = {
  actor: { id: 'u-1', name: '张三', role: 'inspector', org: '上党区应急管理局' },
  kind: 'read',
  recordType: 'hazard',
  recordIds: ['hazard-1'],
  query: { route: 'GET /hazards/:id', params: { id: 'hazard-1' }, skipped: undefined },
};
const at = new Date('2024-05-01T08:00:00.123Z');

describe('access log chain input', () => {
  it('hashes documented canonical JSON: sorted keys, absent optionals as null, µs timestamps', () => {
    const access = prepareAccess(entry, at);
    expect(access.accessedAt).toBe('2024-05-01T08:00:00.123000Z');
    expect(accessHashInput(access, ACCESS_GENESIS_HASH)).toBe(
      '{"accessedAt":"2024-05-01T08:00:00.123000Z","actor":{"id":"u-1","name":"张三","org":"上党区应急管理局",' +
        '"role":"inspector"},"asOfPosition":null,"kind":"read","prevHash":"' +
        ACCESS_GENESIS_HASH +
        '","purpose":null,"query":{"params":{"id":"hazard-1"},"route":"GET /hazards/:id"},' +
        '"recordIds":["hazard-1"],"recordType":"hazard"}',
    );
  });

  it('hashes with SM3, SHA-256 selectable', () => {
    const access = prepareAccess(entry, at);
    const input = accessHashInput(access, ACCESS_GENESIS_HASH);
    expect(accessHash('sm3', access, ACCESS_GENESIS_HASH)).toBe(createHash('sm3').update(input).digest('hex'));
    expect(accessHash('sha256', access, ACCESS_GENESIS_HASH)).toBe(createHash('sha256').update(input).digest('hex'));
  });

  it('changes the hash when any hashed member or the link changes', () => {
    const access = prepareAccess(entry, at);
    const base = accessHash('sm3', access, ACCESS_GENESIS_HASH);
    expect(accessHash('sm3', { ...access, recordIds: ['hazard-2'] }, ACCESS_GENESIS_HASH)).not.toBe(base);
    expect(accessHash('sm3', { ...access, purpose: '倒查' }, ACCESS_GENESIS_HASH)).not.toBe(base);
    expect(accessHash('sm3', access, 'f'.repeat(64))).not.toBe(base);
  });
});

describe('access entry validation', () => {
  const refused = (patch: Record<string, unknown>) =>
    expect(() => prepareAccess({ ...entry, ...patch } as AccessEntry, at)).toThrow(InvalidAccessEntry);

  it('refuses what PostgreSQL would not store exactly as hashed, or the table would refuse', () => {
    refused({ kind: 'write' });
    refused({ recordIds: ['a\u0000b'] });
    refused({ recordIds: [42] });
    refused({ actor: { ...entry.actor, id: '' } });
    refused({ query: { at: new Date(0) } });
    refused({ query: { n: Number.NaN } });
    refused({ query: { s: '\udead' } });
    refused({ query: ['not', 'an', 'object'] });
    refused({ purpose: 'x\u0000' });
  });

  it('names the problem in both languages', () =>
    expect(() => prepareAccess({ ...entry, kind: 'write' } as unknown as AccessEntry, at)).toThrow(
      /访问记录无效 \/ invalid access entry: kind must be 'read' or 'export'/,
    ));

  it('refuses an invalid clock', () => expect(() => accessTimestamp(new Date(Number.NaN))).toThrow(InvalidAccessEntry));
});

describe('access log cursor', () => {
  it('round-trips and refuses foreign cursors', () => {
    expect(decodeAccessCursor(encodeAccessCursor('12345'))).toBe('12345');
    expect(() => decodeAccessCursor('bm9wZQ')).toThrow(/invalid access log filter/);
  });
});
