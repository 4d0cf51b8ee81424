/**
 * The key a unit name is compared by: people type full-width letters, stray spaces, half-width brackets and
 * trailing punctuation. NFKC folds full-width forms; brackets are folded to one form so （） and () match.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/^[、，,；;。.:：）]+|[、，,；;。.:：（]+$/g, '');
}

/** The display form of a name as written: trimmed, inner spaces removed, brackets full-width. */
export function tidyName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/^[、，,；;。.:：]+|[、，,；;。.:：]+$/g, '');
}
