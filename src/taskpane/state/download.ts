/** Saving outside Office: the changed workbook downloads under a new name (the input file is never touched). */

/** "项目台账.xlsx" → "项目台账-台账助手.xlsx". */
export function savedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-台账助手.xlsx`;
}

export function download(bytes: ArrayBuffer, name: string): void {
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
