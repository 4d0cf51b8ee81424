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
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
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
    const body =
      para('2024年重点任务清单') +
      `<w:tbl><w:tblPr/>${row(['序号', '工作任务', '牵头单位', '配合单位'])}${row(['1', '新建基站200个', '区工信局', '区住建局、各街道'])}${row(['2', '培育企业20家 & 更多', '区科技局', ''])}</w:tbl>`;
    const text = docxText(docx(body));
    expect(text).toBe(
      '2024年重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\n1\t新建基站200个\t区工信局\t区住建局、各街道\n2\t培育企业20家 & 更多\t区科技局\t',
    );
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

describe('docxText with Word’s automatic list numbers (word/numbering.xml)', () => {
  const numbering = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>
  </w:numbering>`;
  const listPara = (numId: number, ilvl: number, text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it('puts back the labels Word shows (一、 / 1. continuing across sections / （一）, no bullets) and the parser reads them', () => {
    const body = [
      listPara(7, 0, '项目建设'),
      listPara(7, 1, '推进项目10个。（区发改局牵头，区住建局配合）'),
      listPara(7, 1, '完成投资5亿元。（区财政局牵头）'),
      listPara(7, 0, '要素保障'),
      listPara(7, 1, '保障用地50亩。（区自然资源局牵头）'),
      listPara(9, 0, '附：说明'),
      listPara(8, 0, '甲'),
    ].join('');
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': strToU8(numbering),
    });
    const text = docxText(bytes) ?? '';
    expect(text.split('\n')).toEqual([
      '一、项目建设',
      '1.推进项目10个。（区发改局牵头，区住建局配合）',
      '2.完成投资5亿元。（区财政局牵头）',
      '二、要素保障',
      '3.保障用地50亩。（区自然资源局牵头）',
      '附：说明',
      '（一）甲',
    ]);
    const p = parsePolicyText(text);
    expect(p.measures.map((m) => [m.number, m.section, m.lead, m.coop])).toEqual([
      [1, '一、项目建设', ['区发改局'], ['区住建局']],
      [2, '一、项目建设', ['区财政局'], []],
      [3, '二、要素保障', ['区自然资源局'], []],
    ]);
  });
});
