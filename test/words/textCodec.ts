/** jsdom lacks TextDecoder/TextEncoder, which the CLI's modules (the .xlsx reader) create when loaded. */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
