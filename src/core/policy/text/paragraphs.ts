/**
 * The document as paragraphs: one per non-empty line, with Markdown heading marks and bold stripped (the text
 * arrives as Markdown converted from PDF, or as plain text). Blank lines are page breaks or paragraph breaks;
 * the measure reader decides which.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s*/, '')
        .replace(/\*\*|__/g, '')
        .trim(),
    )
    .filter((line) => line.length > 0 && !/^[-=*_]{3,}$/.test(line));
}
