import { SiteType } from '../shared/reference';
import { MINE_RESPONSIBLE_ROLES, MineResponsibility, RegisterMine } from './mine.commands';
import { MineDetailsInvalid } from './mine.errors';

const SITE_TYPES: readonly SiteType[] = ['underground', 'open_pit', 'tailings'];
// GB/T 2260 county-level code, e.g. 140404 上党区.
const DIVISION_CODE = /^\d{6}$/;
// GB 32100-2015 统一社会信用代码: 18 characters from digits and capitals without I, O, S, V, Z (check digit not verified).
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export const isBlank = (value: string | undefined): boolean => !value || value.trim() === '';

const required = (field: string, value: string | undefined) => {
  if (isBlank(value)) throw new MineDetailsInvalid(field, '不能为空', 'must not be blank');
};

export const validateResponsibility = ({ principal, responsiblePersons }: MineResponsibility): void => {
  required('principal.name', principal?.name);
  responsiblePersons.forEach((person, i) => {
    if (!MINE_RESPONSIBLE_ROLES.includes(person.role))
      throw new MineDetailsInvalid(`responsiblePersons[${i}].role`, '未知岗位', 'unknown role');
    required(`responsiblePersons[${i}].name`, person.name);
    if (person.role === 'other') required(`responsiblePersons[${i}].title`, person.title);
  });
};

export const validateRegistration = (data: RegisterMine['data']): void => {
  required('mineId', data.mineId);
  required('name', data.name);
  required('enterprise.name', data.enterprise?.name);
  if (!SITE_TYPES.includes(data.siteType))
    throw new MineDetailsInvalid(
      'siteType',
      '须为地下矿山、露天矿山或尾矿库',
      'must be underground, open_pit or tailings',
    );
  if (!DIVISION_CODE.test(data.jurisdiction))
    throw new MineDetailsInvalid('jurisdiction', '须为6位行政区划代码', 'must be a 6-digit division code');
  if (!CREDIT_CODE.test(data.enterprise.creditCode))
    throw new MineDetailsInvalid(
      'enterprise.creditCode',
      '统一社会信用代码格式无效',
      'not a valid unified social credit code',
    );
  validateResponsibility(data);
};

const personKey = (p: { role: string; name: string; title?: string }) =>
  `${p.role}\u0000${p.title ?? ''}\u0000${p.name.trim()}`;

/** Same principal and the same set of persons, whatever the order they were entered in. */
export const sameResponsibility = (a: MineResponsibility, b: MineResponsibility): boolean => {
  const keys = (r: MineResponsibility) => r.responsiblePersons.map(personKey).sort().join('\n');
  return (
    a.principal.name.trim() === b.principal.name.trim() &&
    (a.principal.phone ?? '') === (b.principal.phone ?? '') &&
    keys(a) === keys(b)
  );
};
