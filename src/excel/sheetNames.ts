import { WorkbookError } from '../core/port/WorkbookPort';

/** Excel's rules for sheet names, checked before anything is written. */
export function checkSheetName(name: string): void {
  const bad =
    /[:\\/?*[\]]/.test(name) || name.length === 0 || name.length > 31 || name.startsWith("'") || name.endsWith("'");
  if (bad) {
    throw new WorkbookError(
      `工作表名称“${name}”不合规：长度须为 1-31 个字符，不能含有 : \\ / ? * [ ]，不能以单引号开头或结尾。`,
      `Invalid sheet name "${name}": 1-31 characters, none of : \\ / ? * [ ], no leading or trailing apostrophe.`,
      'InvalidArgument',
    );
  }
}

export function sheetExistsError(names: string[]): WorkbookError {
  const list = names.map((n) => `“${n}”`).join('、');
  return new WorkbookError(
    `工作表${list}已存在。请确认是否替换（替换会覆盖原表内容，可用“撤销”恢复）。`,
    `Sheet(s) ${names.join(', ')} already exist. Confirm to replace them (undo restores them).`,
    'SheetExists',
  );
}
