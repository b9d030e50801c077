import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportContext, planLegacyImport } from './legacy-import';
import { isRowError, LegacyRow, parseLegacyRow } from './legacy-rows';

const example: unknown[] = JSON.parse(
  readFileSync(join(__dirname, '../../../../docs/examples/legacy-hazards-2023.json'), 'utf8'),
);
const rowsOf = (raw: unknown[]): LegacyRow[] =>
  raw.map((r, i) => parseLegacyRow(r, i + 1)).filter((r): r is LegacyRow => !isRowError(r));
const context: ImportContext = {
  sourceDocument: '上党区2023年隐患台账（纸质）',
  importedAt: '2026-12-07T00:00:00.000Z',
  importedBy: { id: 'u-leader-wang', name: '王刚' },
  hazardIdOf: (reference) => `hazard-${reference}`,
  registeredMines: new Set(['mine-demo-1']),
  closedMines: new Set(),
  existingHazards: new Set(),
};
const withRow = (index: number, change: (row: Record<string, unknown>) => Record<string, unknown>) =>
  example.map((r, i) => (i === index ? change(r as Record<string, unknown>) : r));

describe('Legacy import plan', () => {
  describe('given the example file of 2023 hazards', () => {
    const plan = planLegacyImport(rowsOf(example), context);

    it('decides every step, in order, to the hazard’s end', () => {
      if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
      expect(plan.hazards.map((h) => [h.reference, h.events.length, h.events.at(-1)?.event.type])).toEqual([
        ['上党矿台账〔2023〕017号', 16, 'HazardClosed'],
        ['上党矿台账〔2023〕031号', 4, 'HazardClosed'],
      ]);
    });

    it('keeps each step’s true time, in the event and as its valid time', () => {
      if (!plan.ok) throw new Error('plan refused');
      const determined = plan.hazards[0].events[1];
      expect(determined.occurredAt).toBe('2023-04-03T14:00:00+08:00');
      expect(determined.event.data).toMatchObject({ determinedAt: '2023-04-03T14:00:00+08:00' });
    });

    it('records a paper signature as data, marked as imported, with the report’s hash where there is one', () => {
      if (!plan.ok) throw new Error('plan refused');
      const report = plan.hazards[0].events[2].event.data as { signature: Record<string, string> };
      expect(report.signature).toMatchObject({
        signerId: 'legacy:enterprise_principal:王建国',
        printedName: '王建国',
        meaning: expect.stringContaining('paper signature, imported from 上党区2023年隐患台账（纸质）'),
        signedAt: '2023-04-03T16:00:00+08:00',
        contentHash: 'a1'.repeat(32),
      });
    });

    it('cites the earliest policy edition for steps before any was published', () => {
      if (!plan.ok) throw new Error('plan refused');
      expect(plan.hazards[0].events[1].referenceVersion).toContain('policy@2024.1');
    });
  });

  describe('given one bad row', () => {
    it('refuses the whole file, naming the row and the decider’s reason (销号 by the leader who accepted the plan)', () => {
      const raw = withRow(14, (r) => ({ ...r, by: { name: '王刚', role: 'supervising_leader', org: '应急管理局' } }));
      expect(planLegacyImport(rowsOf(raw), context)).toEqual({
        ok: false,
        errors: [{ row: 15, reason: expect.stringContaining('took part in the remediation plan') }],
      });
    });

    it('refuses a step dated before the one it follows', () => {
      const raw = withRow(2, (r) => ({ ...r, occurredAt: '2023-04-01T00:00:00+08:00' }));
      const plan = planLegacyImport(rowsOf(raw), context);
      expect(plan).toEqual({ ok: false, errors: [{ row: 3, reason: expect.stringContaining('earlier than') }] });
    });

    it('refuses a hazard already imported and a mine not registered', () => {
      const existing = {
        ...context,
        existingHazards: new Set(['hazard-上党矿台账〔2023〕031号']),
        registeredMines: new Set<string>(),
      };
      expect(planLegacyImport(rowsOf(example), existing)).toEqual({
        ok: false,
        errors: [
          { row: 1, reason: expect.stringContaining('mine not registered') },
          { row: 17, reason: expect.stringContaining('already imported') },
        ],
      });
    });

    it.each([
      [{ step: 'SellHazard' }, 'unknown step'],
      [{ occurredAt: '2023-04-03 10:30' }, 'occurredAt'],
      [{ by: { name: '某人', role: 'boss', org: 'x' } }, 'unknown role'],
      [{ step: 'ReportRecurrence' }, 'not importable'],
    ])('refuses a malformed row %p', (change, reason) =>
      expect(parseLegacyRow({ ...(example[0] as object), ...change }, 1)).toEqual({
        row: 1,
        reason: expect.stringContaining(reason),
      }),
    );
  });
});
