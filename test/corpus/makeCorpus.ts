/**
 * Writes the ledger corpus: one real .xlsx per style (ExcelJS), and returns each style's truth.
 *   npx tsx test/corpus/makeCorpus.ts OUT_DIR      # writes the files and truth.json there
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATE_STYLES } from './lateStyles';
import type { StyleSpec, StyleTruth } from './spec';
import { FIRST_STYLES } from './styles';
import { writeStyle } from './writeStyle';

export const ALL_STYLES: StyleSpec[] = [...FIRST_STYLES, ...LATE_STYLES];

export async function makeCorpus(
  dir = mkdtempSync(join(tmpdir(), 'taizhang-corpus-')),
  styles = ALL_STYLES,
): Promise<StyleTruth[]> {
  const out: StyleTruth[] = [];
  for (const spec of styles) {
    const wb = new ExcelJS.Workbook();
    const file = join(dir, `${spec.id}.xlsx`);
    out.push(writeStyle(wb, spec, file));
    await wb.xlsx.writeFile(file);
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'taizhang-corpus-'));
  mkdirSync(dir, { recursive: true });
  void makeCorpus(dir).then((truths) => {
    writeFileSync(join(dir, 'truth.json'), JSON.stringify(truths, null, 2));
    console.log(`${truths.length} ledgers written to ${dir}`);
  });
}
