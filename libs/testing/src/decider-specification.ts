import { Decider } from '@hazard-ledger/domain';

/** given(events).when(command).then(events) / .thenThrows(ErrorClass) for pure deciders. */
export const DeciderSpecification = {
  for<C, E, S>(decider: Decider<C, E, S>) {
    return (given: E[]) => ({
      when: (command: C) => {
        const act = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
        return {
          then: (expected: E[]) => expect(act()).toEqual(expected),
          thenThrows: (errorType: new (...args: never[]) => Error, check?: (e: Error) => void) => {
            let caught: unknown;
            try {
              act();
            } catch (e) {
              caught = e;
            }
            expect(caught).toBeInstanceOf(errorType);
            check?.(caught as Error);
          },
        };
      },
    });
  },
};
