/**
 * Sets an environment variable for the enclosing describe block and restores it after: call it before the
 * block's own beforeAll hooks, which then already see the value (jest runs hooks in declaration order).
 */
export const suiteEnv = (name: string, value: string): void => {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env[name];
    process.env[name] = value;
  });
  afterAll(() => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  });
};
