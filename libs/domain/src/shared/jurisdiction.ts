/**
 * Jurisdictions are 6-digit administrative division codes (GB/T 2260): `xx0000` a province, `xxxx00` a city
 * (地级市), anything else a county-level unit (区/县). 140404 上党区 sits in 140400 长治市, in 140000 山西省.
 */
const PROVINCE = /^\d{2}0000$/;
const CITY = /^\d{4}00$/;
const CODE = /^\d{6}$/;

/** The next level up of a jurisdiction (county → city → province); null for a province or a malformed code. */
export const parentJurisdiction = (code: string): string | null => {
  if (!CODE.test(code) || PROVINCE.test(code)) return null;
  return CITY.test(code) ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
};

/** Whether an actor acting in `jurisdictions` is the next level up of `code` (its 上一级). */
export const isNextLevelUp = (jurisdictions: readonly string[] | undefined, code: string): boolean => {
  const parent = parentJurisdiction(code);
  return parent !== null && (jurisdictions ?? []).includes(parent);
};
