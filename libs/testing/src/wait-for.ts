/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export const waitFor = async <T>(
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 20000,
  everyMs = 50,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};

/**
 * How long to wait for the log's readable head to pass a position. The read horizon is cluster-wide and the test
 * databases share one cluster: while another suite's rebuild has its COPYs open (exempt only in its own database),
 * this database's head waits too — seconds on a loaded CI machine, longer than any single statement.
 */
export const HORIZON_WAIT_MS = 60_000;
