const Sequencer = require('@jest/test-sequencer').default;

/**
 * Suites that take 20 s or more, started first so the two workers finish together. On a fresh clone (CI) Jest has no
 * timings and orders by file size, so the small generated hostile-input suites (30–60 s each) ran last, one worker
 * idle (CI rehearsal, session 15: 949 s). Order among the rest is Jest's own.
 */
const SLOW = [
  /hostile-input-\d/,
  /console-(lookback|journey)\.e2e-spec/,
  /projector-crash\.e2e-spec/,
  /partitioned-fill\.e2e-spec/,
  /authorization-matrix\.e2e-spec/,
  /read-models-crash\.e2e-spec/,
  /upload-memory\.e2e-spec/,
  /npm-start\.e2e-spec/,
];

class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const rank = (test) => {
      const i = SLOW.findIndex((pattern) => pattern.test(test.path));
      return i === -1 ? SLOW.length : i;
    };
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
