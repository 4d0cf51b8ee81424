import type { PolicyPack } from '../types';
import { chineseNumber } from './chineseNumerals';

const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})\s*[〔［[(（]\s*(\d{4})\s*[〕］\])）]\s*(\d+)\s*号/;
const DATE_ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/**
 * Title, number (源政办〔2023〕5号), date and issuer from the paragraphs before the first measure. The title is
 * the policy's own heading: the last short line that is not the number, the date, the addressees or a sentence.
 */
export function readDocumentInfo(front: string[]): PolicyPack['document'] {
  const all = front.join('\n');
  const num = DOC_NUMBER.exec(all);
  const number = num ? `${num[1]}〔${num[2]}〕${num[3]}号` : '';
  const date = findDate(front);
  const issuerLine = front.find((p) => /文件$/.test(p.replace(/\s+/g, '')));
  const notice = front.find((p) => /关于印发/.test(p));
  const issuer = issuerLine
    ? issuerLine.replace(/\s+/g, '').replace(/文件$/, '')
    : notice
      ? notice.replace(/\s+/g, '').split('关于')[0]
      : undefined;
  const candidates = front.filter(
    (p) =>
      p.length <= 80 &&
      !/[。：:；;]$/.test(p) &&
      !/文件$/.test(p) &&
      !DOC_NUMBER.test(p) &&
      !DATE_ARABIC.test(p) &&
      !DATE_CHINESE.test(p),
  );
  const title = (candidates[candidates.length - 1] ?? '').replace(
    /(?<=[\u4e00-\u9fa5》”])\s+(?=[\u4e00-\u9fa5《“])/g,
    '',
  );
  return { title, number, date, ...(issuer ? { issuer } : {}) };
}

function findDate(front: string[]): string {
  for (const p of front) {
    const a = DATE_ARABIC.exec(p);
    if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
    const c = DATE_CHINESE.exec(p);
    if (c) return iso(chineseNumber(c[1]), chineseNumber(c[2]), chineseNumber(c[3]));
  }
  return '';
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
