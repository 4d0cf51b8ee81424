/** Bracket pairs as documents write them; matching ignores the kind (（…) is common in PDF copies). */
const OPENS = '（([〔【［';
const CLOSES = '）)]〕】］';

export const isOpen = (c: string): boolean => OPENS.includes(c);
export const isClose = (c: string): boolean => CLOSES.includes(c);

/** The index of the bracket closing the one opened at `open`, or -1 when the text ends first. */
export function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** The index of the bracket opening the one that closes at `close`, or -1. */
export function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (isClose(text[i])) depth++;
    else if (isOpen(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** The last bracket still open at the end of the text (a clause cut by a page break), or -1. */
export function lastUnclosed(text: string): number {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isOpen(text[i])) stack.push(i);
    else if (isClose(text[i])) stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1] : -1;
}
