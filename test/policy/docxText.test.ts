import { strToU8, zipSync } from 'fflate';
import { docxText, isZip } from '../../src/core/policy/docxText';
import { parsePolicyText } from '../../src/core/policy';
import { DISTRICT_MEASURES } from './houseStyles';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A paragraph the way Word writes it: properties, and the text split over several runs. */
const para = (text: string) => {
  const half = Math.floor(text.length / 2);
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>${esc(text.slice(0, half))}</w:t></w:r><w:r><w:t xml:space="preserve">${esc(text.slice(half))}</w:t></w:r></w:p>`;
};
const cell = (text: string) => `<w:tc><w:tcPr/>${para(text)}</w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}

describe('docxText', () => {
  it('gives one line per paragraph, runs joined, entities unescaped; the parser reads it like the text', () => {
    const lines = DISTRICT_MEASURES.text.trim().split('\n');
    const bytes = docx(lines.map(para).join(''));
    expect(isZip(bytes)).toBe(true);
    expect(docxText(bytes)).toBe(lines.join('\n'));
    expect(parsePolicyText(docxText(bytes) ?? '').measures).toEqual(parsePolicyText(DISTRICT_MEASURES.text).measures);
  });

  it('turns a table into tab-separated rows the task-table reader takes', () => {
    const body = para('2024年重点任务清单') + `<w:tbl><w:tblPr/>${row(['序号', '工作任务', '牵头单位', '配合单位'])}${row(['1', '新建基站200个', '区工信局', '区住建局、各街道'])}${row(['2', '培育企业20家 & 更多', '区科技局', ''])}</w:tbl>`;
    const text = docxText(docx(body));
    expect(text).toBe('2024年重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\n1\t新建基站200个\t区工信局\t区住建局、各街道\n2\t培育企业20家 & 更多\t区科技局\t');
    expect(parsePolicyText(text ?? '').measures.map((m) => [m.number, m.lead, m.coop])).toEqual([
      [1, ['区工信局'], ['区住建局', '各街道']],
      [2, ['区科技局'], []],
    ]);
  });

  it('is undefined for a zip that is no Word document, and for bytes that are no zip', () => {
    expect(docxText(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeUndefined();
    expect(docxText(strToU8('not a zip'))).toBeUndefined();
    expect(isZip(strToU8('PK'))).toBe(false);
  });
});
