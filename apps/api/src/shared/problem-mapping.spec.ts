import * as domain from '@hazard-ledger/domain';
import { DomainError, ERROR_CATEGORIES, START } from '@hazard-ledger/domain';
import * as eventStore from '@hazard-ledger/event-store';
import { ReadModelBehind } from '../reads/read-model-behind';
import { CATEGORY_STATUS, mapError } from './problem-mapping';

type ErrorClass = new (...args: unknown[]) => Error;

// Stands in for any constructor argument (string, status, list, number): the category never depends on them.
const anything: unknown = new Proxy(() => undefined, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => 'x' : anything),
  apply: () => anything,
});

const errorClassesIn = (module: Record<string, unknown>, base: abstract new (...args: never[]) => Error) =>
  Object.entries(module).filter(
    (entry): entry is [string, ErrorClass] => typeof entry[1] === 'function' && entry[1].prototype instanceof base,
  );

const domainErrors = errorClassesIn(domain, DomainError);
const storeErrors = errorClassesIn(eventStore, Error);
const instance = (Class: ErrorClass) => new Class(...Array.from({ length: Math.max(Class.length, 3) }, () => anything));

describe('problem mapping: the status comes from the error category, never from its name', () => {
  it('finds every error class the domain and the event store export', () => {
    expect(domainErrors.length).toBeGreaterThanOrEqual(46);
    expect(storeErrors.map(([name]) => name).sort()).toEqual(
      [
        'EventIdConflict',
        'HorizonNotSettled',
        'IdempotencyKeyReused',
        'InvalidEventPayload',
        'WrongExpectedRevision',
      ].sort(),
    );
  });

  it.each([...domainErrors, ...storeErrors])('%s has a category and maps to its status', (_, Class) => {
    const error = instance(Class) as Error & { category?: unknown };
    expect(ERROR_CATEGORIES).toContain(error.category);
    const status = CATEGORY_STATUS[error.category as domain.ErrorCategory];
    expect(mapError(error, false)).toMatchObject({ status });
  });

  it('maps every category to a client or availability status', () => {
    expect(Object.keys(CATEGORY_STATUS).sort()).toEqual([...ERROR_CATEGORIES].sort());
    for (const category of ERROR_CATEGORIES)
      expect([400, 403, 404, 409, 422, 503]).toContain(CATEGORY_STATUS[category]);
  });

  it('keeps the statuses the API answered before categories', () => {
    const status = (error: Error, ifMatch = false) => mapError(error, ifMatch)?.status;
    expect(status(new domain.InvalidHazardTransition('closed', 'CloseHazard'))).toBe(409);
    expect(status(new domain.EarlierHazardNotClosed('h-1', 'discovered'))).toBe(409);
    expect(status(new domain.SeparationOfDutiesViolated('u-1', '既评价又销号', 'evaluated and signed off'))).toBe(403);
    expect(status(new domain.ReasonRequired('VoidHazard'))).toBe(422);
    expect(status(new domain.NoPendingExtension())).toBe(422);
    const stale = new eventStore.WrongExpectedRevision('hazard-1', 1n, 2n);
    expect([status(stale), status(stale, true)]).toEqual([409, 412]);
    expect(status(new eventStore.InvalidEventPayload('NUL'))).toBe(400);
    expect(status(new eventStore.IdempotencyKeyReused('key-12345'))).toBe(422);
    expect(status(new eventStore.EventIdConflict('e-1', 'other stream'))).toBe(409);
    expect(status(new ReadModelBehind('hazard-ledger', START, START, 100))).toBe(503);
  });

  it('answers a domain error with its code and both languages', () => {
    expect(mapError(new domain.NoPendingExtension(), false)).toEqual({
      status: 422,
      detail: expect.stringMatching(/^.+ \/ .+$/),
      extensions: { code: 'NoPendingExtension' },
    });
  });

  it('leaves an uncategorised error unmapped (500)', () => {
    expect(mapError(new Error('boom'), false)).toBeUndefined();
  });
});
