import { diffStates } from './diff-states';

const given = (before: unknown) => ({
  when: (after: unknown) => ({ then: (expected: unknown) => expect(diffStates(before, after)).toEqual(expected) }),
});

describe('diffStates', () => {
  it('finds nothing when the states are equal, whatever their key order', () =>
    given({ a: 1, b: { c: [1, { x: 1, y: 2 }] } })
      .when({ b: { c: [1, { y: 2, x: 1 }] }, a: 1 })
      .then([]));

  it('flattens nested objects to dotted paths, sorted', () =>
    given({ status: 'a', major: { deadline: 'd1', reports: { regulator: { received: false } } } })
      .when({ status: 'b', major: { deadline: 'd1', reports: { regulator: { received: true } } } })
      .then([
        { path: 'major.reports.regulator.received', before: false, after: true },
        { path: 'status', before: 'a', after: 'b' },
      ]));

  it('compares arrays as whole values', () =>
    given({ reviews: [{ id: 1 }] })
      .when({ reviews: [{ id: 1 }, { id: 2 }] })
      .then([{ path: 'reviews', before: [{ id: 1 }], after: [{ id: 1 }, { id: 2 }] }]));

  it('reads absent and undefined as null, and null as no change from absent', () =>
    given({ kept: 1, gone: 'x', nulled: null, cleared: 'y' })
      .when({ kept: 1, added: 2, nulled: undefined, cleared: undefined })
      .then([
        { path: 'added', before: null, after: 2 },
        { path: 'cleared', before: 'y', after: null },
        { path: 'gone', before: 'x', after: null },
      ]));

  it('treats a value turning into an object as its leaves appearing', () =>
    given({ suspension: null })
      .when({ suspension: { orderNo: 'n1' } })
      .then([{ path: 'suspension.orderNo', before: null, after: 'n1' }]));

  it('has nothing to say about states that are not objects', () => given(null).when(null).then([]));
});
