import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '布尔值（true/false）',
  array: '数组',
  object: '对象',
  int: '整数',
};

/** A zod issue in Chinese, for a clerk editing a pack by hand. Custom (Chinese) messages pass through. */
export function chineseMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `缺少该字段（应为${expected}）`;
      return `应为${expected}，实际是 ${describe(issue.input)}`;
    }
    case 'invalid_value':
      return `取值应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} 之一，实际是 ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `有未知字段 ${issue.keys.join('、')}`;
    case 'too_small':
      return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    default:
      return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : `格式不对（${issue.message}）`;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '数组';
  if (typeof value === 'string') return `"${value.length > 20 ? value.slice(0, 20) + '…' : value}"`;
  if (typeof value === 'object') return '对象';
  return String(value);
}
