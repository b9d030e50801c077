import { SiteType } from '../shared/reference';
import { CATALOGUE_EDITIONS, CatalogueEdition, parseCatalogueEdition } from './clause-catalogue';
import { POLICY_EDITIONS } from './policy';
import { ReferenceDataInvalid } from './reference.errors';
import { RISK_GRADINGS } from './risk-grading';
import { INSPECTION_FREQUENCY_EDITIONS } from './inspection-frequency';
import { INSPECTION_POLICY_EDITIONS } from './inspection-policy';
import { EVIDENCE_FILE_EDITIONS } from './evidence-files';
import { ENFORCEMENT_POLICY_EDITIONS } from './enforcement-policy';
import {
  CONTRACTORS_POLICY_EDITIONS,
  ENTERPRISE_FILE_POLICY_EDITIONS,
  PHYSICAL_EXAM_POLICY_EDITIONS,
} from './duty-policies';
import { MONTHLY_CHECK_POLICY_EDITIONS } from './monthly-check-policy';
import { HOT_WORK_POLICY_EDITIONS } from './hot-work-policy';
import { TIP_POLICY_EDITIONS } from './tip-policy';
import { LOOKBACK_POLICY_EDITIONS } from './lookback-policy';
import { TIP_FOLLOW_UP_POLICY_EDITIONS } from './tip-follow-up-policy';
import catalogue202288 from './clause-catalogue.2022-88.json';

// FNV-1a over canonical JSON: no crypto import in libs/domain, and any edit to a published version shows up.
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value instanceof Map
      ? canonical([...value.values()])
      : value && typeof value === 'object'
        ? `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(value);
const fingerprint = (value: unknown): string => {
  let hash = 0x811c9dc5;
  for (const ch of canonical(value)) {
    hash ^= ch.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

// Published versions are immutable. If one of these fails, revert the edit and publish a new version instead.
const PUBLISHED: Record<string, string> = {
  '矿安〔2022〕88号@v1': '6d9a9a35',
  'policy@2024.1': '9304fb20',
  '矿安〔2025〕14号@v1': 'd23c0a75',
  '矿安〔2025〕14号@2025-03': '2c3eb8cb',
  'inspection-frequency@2025.1': 'fa542b9f',
  'policy@2026.1': '61a6a6da',
  'enforcement@2024.1': '53fbb422',
  'inspection-policy@2024.1': 'fb978d82',
  'evidence-files@2026.1': 'a7b9d9d4',
  'contractors@2021.1': '42577df0',
  'physical-exam@2024.1': 'b979f12d',
  'enterprise-file@2024.1': 'c6c3bb08',
  'monthly-check@2024.1': '3e16c9c2',
  'hot-work@2024.1': '12d0dc26',
  'tips@2023.1': '9b95f756',
  'lookback@2026.1': 'e500381b',
  'lookback@2026.2': '5bf1f272',
  'tip-follow-up@2023.1': '79536241',
};

const EDITIONS: readonly { version: string }[] = [
  ...CATALOGUE_EDITIONS,
  ...POLICY_EDITIONS,
  ...RISK_GRADINGS,
  ...INSPECTION_FREQUENCY_EDITIONS,
  ...ENFORCEMENT_POLICY_EDITIONS,
  ...INSPECTION_POLICY_EDITIONS,
  ...EVIDENCE_FILE_EDITIONS,
  ...CONTRACTORS_POLICY_EDITIONS,
  ...PHYSICAL_EXAM_POLICY_EDITIONS,
  ...ENTERPRISE_FILE_POLICY_EDITIONS,
  ...MONTHLY_CHECK_POLICY_EDITIONS,
  ...HOT_WORK_POLICY_EDITIONS,
  ...TIP_POLICY_EDITIONS,
  ...LOOKBACK_POLICY_EDITIONS,
  ...TIP_FOLLOW_UP_POLICY_EDITIONS,
];
const byVersion = new Map<string, unknown>(EDITIONS.map((e) => [e.version, e]));

describe('Published reference data', () => {
  it.each(Object.keys(PUBLISHED))('%s is unchanged since publication', (version) =>
    expect(fingerprint(byVersion.get(version))).toBe(PUBLISHED[version]),
  );

  it('has unique versions', () => expect(byVersion.size).toBe(EDITIONS.length));

  it('pins every published edition (a new edition is added to PUBLISHED the day it is published)', () =>
    expect([...byVersion.keys()].sort()).toEqual(Object.keys(PUBLISHED).sort()));

  describe('矿安〔2022〕88号@v1', () => {
    const edition = CATALOGUE_EDITIONS[0] as CatalogueEdition;
    const clauses = [...edition.clauses.values()];
    const count = (siteType: SiteType) => clauses.filter((c) => c.siteType === siteType).length;

    it('holds every item of domain.md §3.1–3.3, without TS-17+', () => {
      expect([count('underground'), count('open_pit'), count('tailings')]).toEqual([32, 13, 16]);
      expect(edition.clauses.has('MHS2022-TS-17')).toBe(false);
      expect(edition.effectiveFrom).toBe('2022-09-01');
    });

    it('tags the 33 items of the §3.4 basic_condition proposal', () => {
      const tagged = clauses.filter((c) => c.basicCondition).map((c) => c.id.replace('MHS2022-', ''));
      expect(tagged).toEqual(
        ['UG-01', 'UG-02', 'UG-03', 'UG-07', 'UG-08', 'UG-09', 'UG-10', 'UG-13', 'UG-19', 'UG-20', 'UG-21', 'UG-22']
          .concat(['UG-23', 'UG-24', 'UG-25', 'UG-27', 'UG-28', 'UG-31', 'UG-32'])
          .concat(['OP-02', 'OP-03', 'OP-04', 'OP-06', 'OP-07', 'OP-10', 'OP-11', 'OP-12'])
          .concat(['TS-03', 'TS-04', 'TS-08', 'TS-09', 'TS-13', 'TS-16']),
      );
    });

    it.each([
      ['MHS2022-UG-01', 'underground', 'C', true],
      ['MHS2022-UG-04', 'underground', 'P', false],
      ['MHS2022-UG-20', 'underground', 'P', true],
      ['MHS2022-UG-30', 'underground', 'R', false],
      ['MHS2022-OP-08', 'open_pit', 'C', false],
      ['MHS2022-TS-09', 'tailings', 'P', true],
      ['MHS2022-TS-16', 'tailings', 'R', true],
    ])('%s is %s, confidence %s, basic_condition %p', (id, siteType, confidence, basicCondition) =>
      expect(edition.clauses.get(id)).toMatchObject({ siteType, confidence, basicCondition }),
    );

    it('keeps the original tag where an item was confirmed only in part', () =>
      clauses
        .filter((c) => c.confidence === 'P' && c.id !== 'MHS2022-UG-32')
        .forEach((c) => expect(c.confidenceDetail).toBeTruthy()));

    it('is frozen', () => {
      expect(Object.isFrozen(edition)).toBe(true);
      expect(Object.isFrozen(edition.clauses.get('MHS2022-UG-01'))).toBe(true);
    });
  });

  describe('loading an edition', () => {
    const broken = (clause: Record<string, unknown>) => () =>
      parseCatalogueEdition({ ...catalogue202288, clauses: [clause] } as typeof catalogue202288);
    const ok = catalogue202288.clauses[0];

    it.each([
      ['a duplicate id', () => parseCatalogueEdition({ ...catalogue202288, clauses: [ok, ok] })],
      ['an unknown site type', broken({ ...ok, siteType: 'coal' })],
      ['an id that does not match its site type', broken({ ...ok, id: 'MHS2022-TS-01' })],
      ['an unknown confidence', broken({ ...ok, confidence: 'Q' })],
      ['a missing basicCondition', broken({ ...ok, basicCondition: undefined })],
    ])('refuses %s', (_problem, load) => expect(load).toThrow(ReferenceDataInvalid));
  });

  it('marks the policy values nobody confirmed as placeholders', () => {
    const [policy] = POLICY_EDITIONS;
    expect(policy).toMatchObject({
      version: 'policy@2024.1',
      effectiveFrom: '2024-01-01',
      dualReportWithinHours: { regulator: 24, workersCongress: 72 },
      siteReviewWithinDays: 10,
      minSiteReviewers: 2,
      maxSupervisionDays: 365,
    });
    expect(policy.provenance.dualReportWithinHours).toMatchObject({ confidence: 'X', placeholder: true });
    expect(policy.provenance.maxSupervisionDays.placeholder).toBe(true);
    expect(Object.isFrozen(policy.dualReportWithinHours)).toBe(true);
  });
});
