/** xl/sharedStrings.xml → string[]: rich text runs joined, phonetic guides (rPh) left out, escapes decoded. */
import { tooBig } from './limits';
import type { ReadLimits } from './types';
import { cellText } from './xmlText';
import { CLOSE, END, OPEN, XmlScanner } from './XmlScanner';

export function readSharedStrings(bytes: Uint8Array | undefined, part: string, limits: ReadLimits): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  const x = new XmlScanner(bytes, part);
  let current: string | null = null;
  let phonetic = 0;
  for (let k = x.next(); k !== END; k = x.next()) {
    const name = x.name;
    if (k === OPEN) {
      if (name === 'si') {
        current = '';
        if (x.selfClosing) current = push(out, '', limits);
      } else if (name === 'rPh') {
        if (!x.selfClosing) phonetic++;
      } else if (name === 't' && current !== null && phonetic === 0 && !x.selfClosing) {
        current += x.text();
        if (current.length > limits.maxStringLength)
          throw tooBig(
            { zh: `共享字符串第 ${out.length + 1} 项的长度`, en: `Shared string ${out.length + 1}'s length` },
            current.length,
            limits.maxStringLength,
            'count',
          );
      }
    } else if (k === CLOSE) {
      if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) current = push(out, current, limits);
    }
  }
  return out;
}

function push(out: string[], s: string, limits: ReadLimits): null {
  if (out.length >= limits.maxSharedStrings)
    throw tooBig(
      { zh: '共享字符串的条数', en: 'The number of shared strings' },
      out.length + 1,
      limits.maxSharedStrings,
      'count',
    );
  out.push(cellText(s));
  return null;
}
