/**
 * Text inside OOXML parts: UTF-8 bytes to a string, XML entities, and Excel's `_xHHHH_` escapes. Control
 * characters stay visible as their `_xHHHH_` text: a cell must never put a raw ESC or BEL in front of the user.
 */

const utf8 = new TextDecoder('utf-8');

/** Decodes bytes [start, end) as UTF-8; ASCII runs (numbers, refs, most attributes) skip the decoder. */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return utf8.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(start, end));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;` `&#20013;` `&#x4E2D;`; an unknown entity is left as written (the file is not ours to "fix"). */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? safeChar(code, whole) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Tab, newline and carriage return are ordinary cell text; every other control character is shown, not sent. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

function safeChar(code: number, asWritten: string): string {
  return isControl(code) ? asWritten : String.fromCodePoint(code);
}

/** Excel's escape for characters XML cannot hold: `_x001B_`. Printable ones are decoded, control ones kept. */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (whole, hex: string) => {
    const code = parseInt(hex, 16);
    if (isControl(code)) return whole;
    // Lone surrogates cannot stand alone in a JS string meant for display; keep the escape.
    if (code >= 0xd800 && code <= 0xdfff) return whole;
    return String.fromCharCode(code);
  });
}

/** Raw control characters a tool may have written literally (XML 1.0 forbids most): made visible the same way. */
export function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(s)) return s;
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Cell text as the core should see it, from text whose XML entities are already decoded. */
export function cellText(text: string): string {
  return escapeControls(decodeExcelEscapes(text));
}
