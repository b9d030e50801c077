import { EventActor, MineResponsibility, Role, SiteType } from '@hazard-ledger/domain';
import { Prng } from './prng';

/** An actor as the envelope records it, with a role the domain knows. */
export type CastActor = EventActor & { role: Role };

export interface Jurisdiction {
  code: string;
  name: string;
  bureau: string;
  inspectors: CastActor[];
  leaders: CastActor[];
}

export interface MineProfile {
  mineId: string;
  name: string;
  siteType: SiteType;
  jurisdiction: Jurisdiction;
  enterprise: { name: string; creditCode: string };
  responsibility: MineResponsibility;
  staff: CastActor[];
  principal: CastActor;
  congressRep: CastActor;
}

export interface Cast {
  jurisdictions: Jurisdiction[];
  mines: MineProfile[];
}

// 长治市 districts and counties (GB/T 2260); 上党区 has most non-coal mines in this model, as in the demo data.
const DIVISIONS: readonly [string, string, number][] = [
  ['140404', '上党区', 4],
  ['140405', '屯留区', 2],
  ['140406', '潞城区', 2],
  ['140423', '襄垣县', 1],
  ['140425', '平顺县', 1],
  ['140428', '长子县', 1],
];
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙马胡郭何高林罗郑梁谢宋唐韩冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const GIVEN = [
  '建国',
  '志强',
  '海燕',
  '卫东',
  '晓明',
  '永红',
  '国庆',
  '丽娟',
  '俊杰',
  '红梅',
  '文博',
  '建华',
  '秀英',
  '志刚',
];
const GIVEN_ONE = [...'鹏伟磊军勇杰涛超明刚平辉强静敏燕霞芳娜丹玲慧斌波宁浩宇飞鑫峰亮'];
const TOWNS = [
  ...'荫城 西火 八义 南宋 韩店 苏店 东和 贾掌 南呈 北呈 黄碾 漳源 丰宜 余吾 渔泽 张店 西流 岚水 色头 夏店 鲍店 合河 店上 微子镇'.split(
    ' ',
  ),
];
const MINERALS: Record<SiteType, readonly string[]> = {
  underground: ['铁矿', '铝土矿', '石膏矿', '硫铁矿', '金矿'],
  open_pit: ['石灰岩矿', '建筑石料矿', '白云岩矿', '露天铁矿'],
  tailings: ['尾矿库'],
};
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const personName = (rng: Prng): string =>
  rng.pick(SURNAMES) + (rng.chance(0.6) ? rng.pick(GIVEN) : rng.pick(GIVEN_ONE));

const regulators = (rng: Prng, code: string, name: string, certSeq: { n: number }): Jurisdiction => {
  const bureau = `长治市${name}应急管理局`;
  const officer = (role: Role, id: string): CastActor => ({
    id,
    name: personName(rng),
    role,
    org: bureau,
    certificateNo: `ZF-1404-${String(++certSeq.n).padStart(4, '0')}`,
  });
  return {
    code,
    name,
    bureau,
    inspectors: Array.from({ length: rng.int(6, 10) }, (_, i) => officer('inspector', `u-${code}-insp-${i + 1}`)),
    leaders: Array.from({ length: rng.int(2, 3) }, (_, i) => officer('supervising_leader', `u-${code}-lead-${i + 1}`)),
  };
};

const siteTypeOf = (rng: Prng): SiteType => rng.weighted({ underground: 6, open_pit: 3, tailings: 1 });

const mineProfile = (rng: Prng, n: number, jurisdiction: Jurisdiction): MineProfile => {
  const siteType = siteTypeOf(rng);
  const town = rng.pick(TOWNS);
  const mineral = rng.pick(MINERALS[siteType]);
  const trade =
    siteType === 'tailings'
      ? `选矿${rng.pick(['实业', '建材'])}`
      : `${mineral.replace(/矿$/, '')}${rng.pick(['矿业', '实业', '建材'])}`;
  const company = `长治市${town}${trade}有限公司`;
  const tag = `m${String(n).padStart(3, '0')}`;
  const person = (role: Role, id: string): CastActor => ({ id, name: personName(rng), role, org: company });
  const principal = person('enterprise_principal', `u-${tag}-principal`);
  const staff = Array.from({ length: rng.int(3, 6) }, (_, i) => person('enterprise_staff', `u-${tag}-staff-${i + 1}`));
  let creditCode = `9114${jurisdiction.code.slice(2)}`;
  while (creditCode.length < 18) creditCode += CREDIT_CHARS[rng.int(0, CREDIT_CHARS.length - 1)];
  return {
    mineId: rng.uuid(),
    name: `${jurisdiction.name}${town}${mineral}${siteType === 'tailings' ? '' : `${n}号`}`,
    siteType,
    jurisdiction,
    enterprise: { name: company, creditCode },
    responsibility: {
      principal: { name: principal.name, phone: `139${String(rng.int(0, 99999999)).padStart(8, '0')}` },
      responsiblePersons: [
        { role: 'mine_manager', name: principal.name },
        { role: 'chief_engineer', name: personName(rng) },
        { role: 'deputy_manager_safety', name: staff[0].name },
      ],
    },
    staff,
    principal,
    congressRep: person('workers_congress_rep', `u-${tag}-congress`),
  };
};

/** Regulators per jurisdiction and the people of every mine: the same for a given seed and mine count. */
export const buildCast = (rng: Prng, mineCount: number): Cast => {
  const certSeq = { n: 0 };
  const jurisdictions = DIVISIONS.map(([code, name]) => regulators(rng, code, name, certSeq));
  const weights = Object.fromEntries(DIVISIONS.map(([code, , w]) => [code, w]));
  const mines = Array.from({ length: mineCount }, (_, i) => {
    const code = rng.weighted(weights);
    return mineProfile(rng, i + 1, jurisdictions.find((j) => j.code === code) as Jurisdiction);
  });
  return { jurisdictions, mines };
};
