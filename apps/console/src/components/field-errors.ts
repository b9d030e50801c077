import { Lang } from '../i18n';

type NamePath = (string | number)[];

// class-validator writes English only: the common constraints in Chinese, the rest as the API wrote them.
const ZH: [RegExp, string][] = [
  [/should not be empty/, '不能为空'],
  [/must be one of the following values: (.*)/, '须为以下值之一：$1'],
  [/must be a string/, '须为文本'],
  [/must be a valid ISO 8601 date string/, '须为 ISO 8601 时间'],
  [/must be a boolean value/, '须为是/否'],
  [/must be an array/, '须为列表'],
  [/must be shorter than or equal to (\d+) characters/, '不能超过 $1 个字符'],
  [/must be longer than or equal to (\d+) characters/, '至少 $1 个字符'],
  [/property (\S+) should not exist/, '不接受字段 $1'],
  [/must be (a|an) (number|integer)/, '须为数字'],
  [/must match (.*) regular expression/, '格式不符：$1'],
];

const translate = (message: string, lang: Lang): string => {
  if (lang === 'en' || message.includes(' / ')) return message;
  for (const [pattern, zh] of ZH)
    if (pattern.test(message)) return message.replace(/^.*$/s, (m) => m.replace(pattern, zh));
  return message;
};

/** Splits "content.cause should not be empty" into the form path ['content','cause'] and the message to show there. */
export const fieldErrorsOf = (errors: unknown[] | undefined, lang: Lang): { name: NamePath; errors: string[] }[] => {
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const raw of errors ?? []) {
    if (typeof raw !== 'string') continue;
    const property = /^property (\S+) should not exist/.exec(raw)?.[1] ?? raw.split(' ')[0];
    const name = property.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(translate(raw.slice(raw.startsWith('property ') ? 0 : property.length + 1), lang));
    byField.set(key, entry);
  }
  return [...byField.values()];
};
