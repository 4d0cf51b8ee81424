/**
 * The key two ledgers' rows are matched by when consolidating: the same project is often typed with full-width
 * letters, stray spaces or other bracket styles in different units' files.
 */
export function projectNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .replace(/[“”"'‘’]/g, '')
    .toLowerCase();
}
