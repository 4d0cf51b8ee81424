/** @jest-environment jsdom */
/**
 * One set of words (src/core/words): every ledger kind, severity, target status and mapping "how" has both words,
 * and the CLI and the pane, each rendered for real, show the same word for it (English may differ in case only).
 */
import './textCodec';
import { render, screen, within } from '@testing-library/react';
import { printValidate, issueLine, type SheetReport, type ValidateResult } from '../../src/cli/validate';
import { targetTable } from '../../src/cli/summary';
import type { CliIO } from '../../src/cli/io';
import { LEDGER_KINDS } from '../../src/core/schema';
import type { Summary, TargetProgress, TargetStatus } from '../../src/core/totals/types';
import { ISSUE_CATALOGUE, SEVERITIES } from '../../src/core/validate';
import type { CellEdit } from '../../src/core/assign/types';
import { printFill, type FillResult } from '../../src/cli/fill';
import { EditList } from '../../src/taskpane/components/EditList';
import {
  EDIT_KIND_WORDS,
  LEDGER_KIND_WORDS,
  MAPPING_HOW_WORDS,
  SEVERITY_WORDS,
  TARGET_STATUS_WORDS,
  type Words,
} from '../../src/core/words';
import { I18nContext, makeI18n, type Lang } from '../../src/taskpane/i18n';
import { RecognitionCard } from '../../src/taskpane/components/RecognitionCard';
import { SeverityCounts } from '../../src/taskpane/components/SeverityCounts';
import { TargetCards } from '../../src/taskpane/components/TargetCards';
import type { SheetRecognition } from '../../src/taskpane/state/validateJob';
import { renderView } from '../taskpane/fakes';

const LANGS: Lang[] = ['zh', 'en'];

function cliIO(lang: Lang): CliIO & { lines: string[] } {
  const lines: string[] = [];
  return { lang, lines, out: (l) => lines.push(l), err: () => {}, errIsTTY: false, writeErrRaw: () => {} };
}

const same = (a: string, b: string) => expect(a.toLowerCase()).toBe(b.toLowerCase());

describe('every value has both words', () => {
  const sets: [string, Record<string, Words>, string[]][] = [
    ['ledger kinds', LEDGER_KIND_WORDS, [...LEDGER_KINDS.map((k) => k.kind), 'unknown']],
    ['severities', SEVERITY_WORDS, [...SEVERITIES, ...ISSUE_CATALOGUE.map((c) => c.severity)]],
    ['target statuses', TARGET_STATUS_WORDS, ['ahead', 'on-pace', 'behind', 'done', 'open', 'no-data']],
    ['mapping how', MAPPING_HOW_WORDS, ['exact', 'scored', 'user']],
    ['edit kinds', EDIT_KIND_WORDS, ['fill', 'normalise', 'overwrite']],
  ];
  test.each(sets)('%s', (_, words, values) => {
    for (const v of values) {
      expect(words[v]?.zh).toMatch(/\S/);
      expect(words[v]?.en).toMatch(/\S/);
    }
    // no two values share a word (a clerk could not tell them apart)
    const zh = Object.values(words).map((w) => w.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });
  test('the schema names its kinds with the same words', () => {
    for (const k of LEDGER_KINDS) expect(k.label).toEqual(LEDGER_KIND_WORDS[k.kind]);
  });
});

function sheetReport(kind: SheetReport['kind']): SheetReport {
  return {
    name: 'S1',
    kind,
    header: { firstRow: 1, lastRow: 1 },
    columns: {},
    mapping: [
      { column: 'C', field: 'total', how: 'scored', confidence: 0.8, header: '数额', label: '总投资' },
      { column: 'D', field: 'lead', how: 'user', confidence: 1, header: '单位', label: '牵头责任单位' },
    ],
    dataRows: { first: 2, last: 2, count: 1 },
    asOf: null,
    issues: [],
  };
}

function cliKindWord(kind: SheetReport['kind'], lang: Lang): { kind: string; line: string } {
  const io = cliIO(lang);
  const r = { json: { files: [{ file: 'a.xlsx', policy: null, sheets: [sheetReport(kind)] }] } };
  printValidate(
    { ...r, json: { ...r.json, counts: { error: 0, warning: 0, info: 0 } } } as unknown as ValidateResult,
    io,
  );
  const line = io.lines.find((l) => l.includes('S1'))!;
  return { kind: /[：:]\s*([^，,]+)/.exec(line)![1].trim(), line: io.lines.join('\n') };
}

function recognition(kind: SheetRecognition['kind']): SheetRecognition {
  return {
    sheet: 'S1',
    kind,
    headerFirst: 1,
    headerLast: 1,
    columns: [
      { field: 'total', letter: 'C', header: '数额', how: 'scored', confidence: 0.8 },
      { field: 'lead', letter: 'D', header: '单位', how: 'user', confidence: 1 },
    ],
    unmapped: [],
    asOf: null,
    asOfHasDay: false,
    rowCount: 1,
  };
}

describe.each(LANGS)('the CLI and the pane say the same word (%s)', (lang) => {
  test.each([...LEDGER_KINDS.map((k) => k.kind), 'unknown' as const])('ledger kind %s', (kind) => {
    const cli = cliKindWord(kind, lang).kind;
    const view = renderView(<RecognitionCard sheet={recognition(kind)} />, { lang });
    const card = view.container.querySelector('[class]')!;
    same(cli, LEDGER_KIND_WORDS[kind][lang]);
    expect(within(card as HTMLElement).getByText(new RegExp(`^${cli}$`, 'i'))).toBeTruthy();
  });

  test('mapping how (scored with its score, user)', () => {
    const cli = cliKindWord('project', lang).line;
    const view = renderView(<RecognitionCard sheet={recognition('project')} />, { lang });
    for (const how of ['scored', 'user'] as const) {
      const word = MAPPING_HOW_WORDS[how][lang].replace('{score}', '80');
      expect(cli).toContain(word);
      expect(view.container.textContent).toContain(word);
    }
  });

  test.each(SEVERITIES)('severity %s', (sev) => {
    const cli = /^\[(.+?)\]/.exec(issueLine({ severity: sev, cell: 'A1', message: 'A1 m' }, cliIO(lang)))![1];
    const one = { error: 0, warning: 0, info: 0, [sev]: 1 };
    render(
      <I18nContext.Provider value={makeI18n(lang)}>
        <SeverityCounts counts={one} />
      </I18nContext.Provider>,
    );
    const badges = screen.getByTestId('severity-counts').textContent ?? '';
    same(cli, SEVERITY_WORDS[sev][lang]);
    expect(badges.toLowerCase()).toContain(`${cli.toLowerCase()} 1`);
  });

  test.each(Object.keys(TARGET_STATUS_WORDS) as TargetStatus[])('target status %s', (status) => {
    const target: TargetProgress = {
      id: 't1',
      label: '目标一',
      target: 10,
      actual: status === 'no-data' ? null : 5,
      unit: '个',
      ratio: status === 'no-data' ? null : 0.5,
      pace: 0.5,
      gap: 0,
      status,
    };
    const table = targetTable({ targets: [target] } as unknown as Summary, cliIO(lang)).join('\n');
    const cli = TARGET_STATUS_WORDS[status][lang];
    expect(table).toContain(cli);
    render(
      <I18nContext.Provider value={makeI18n(lang)}>
        <TargetCards targets={[target]} />
      </I18nContext.Provider>,
    );
    expect(screen.getByText(new RegExp(`^${cli}$`, 'i'))).toBeTruthy();
  });

  test.each(['fill', 'normalise', 'overwrite'] as const)('edit kind %s', (kind) => {
    const io = cliIO(lang);
    const counts = { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0, [kind]: 1 };
    printFill({ json: { edits: [], conflicts: [], unmatched: [], counts }, out: 'x.xlsx' } as FillResult, io);
    const word = EDIT_KIND_WORDS[kind][lang];
    expect(io.lines[0].toLowerCase()).toContain(`${word.toLowerCase()} 1`);
    const edit = { sheet: 'S1', cell: 'D2', row: 2, field: 'lead', old: null, new: '区发展改革委', reason: 'r', kind };
    render(
      <I18nContext.Provider value={makeI18n(lang)}>
        <EditList edits={[edit as unknown as CellEdit]} chosen={new Set()} onToggle={() => {}} onSelect={() => {}} />
      </I18nContext.Provider>,
    );
    expect(screen.getByText(new RegExp(`^${word}$`, 'i'))).toBeTruthy();
  });
});
