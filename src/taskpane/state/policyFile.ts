/** A policy file the user chose, as text: .docx through the core's reader, else UTF-8 (.txt, .md). */

/** A File's bytes through FileReader (what every host's webview has). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** .docx through the core's reader (loaded on demand: fflate stays out of the first paint); else UTF-8 text. */
export async function policyFileText(bytes: Uint8Array, name: string): Promise<string> {
  const { docxText, isZip } = await import('../../core/policy/docxText');
  if (isZip(bytes)) {
    const text = docxText(bytes);
    if (text === undefined)
      throw new PolicyFileError(
        `“${name}”不是 Word 文档（.docx）；请选择政策的 .docx、.txt 或 .md 文件。`,
        `"${name}" is not a Word document (.docx).`,
      );
    return text;
  }
  if (bytes.includes(0))
    throw new PolicyFileError(
      `“${name}”不是文本文件或 .docx（旧版 .doc 和 PDF 读不了），请另存为 .docx 或 .txt。`,
      `"${name}" is not a text file or .docx.`,
    );
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** A file the import cannot read, in Chinese with its English (errorMessage picks by language). */
class PolicyFileError extends Error {
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

/** A File's text, whatever it is (.docx or text). */
export async function readPolicyFile(file: File): Promise<string> {
  return policyFileText(new Uint8Array(await bytesOf(file)), file.name);
}
