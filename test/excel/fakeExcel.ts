/**
 * A small fake of the Excel JavaScript API object model, enough for src/excel. Like Office.js it is a proxy
 * model: loads and writes are QUEUED and only happen at context.sync(), loaded properties are undefined before
 * the sync, *OrNullObject proxies report isNullObject after a sync, and writes to a protected sheet fail with
 * InvalidOperation at the sync. Every sync is counted (model.syncs).
 */
import { columnIndex, toA1 } from '../../src/core/grid';
import { FakeModel, FakeSheet, type FakeCell } from './fakeModel';

type Op = () => void;

/** UTF-8 bytes of a value as JSON: what it adds to a request or response message. */
export function jsonBytes(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x ?? null), 'utf8');
}

/**
 * Bytes are estimated the way Office.js messages grow: each queued action ~100 bytes, each proxy object path
 * ~120, each value set or loaded its JSON. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded, nothing runs) and fails a response over 5 MB (ResponsePayloadSizeLimitExceeded).
 */
class Ctx {
  queue: Op[] = [];
  loadedCells = 0;
  requestBytes = 0;
  responseBytes = 0;
  constructor(public model: FakeModel) {}
  q(op: Op, bytes = 100): void {
    this.requestBytes += bytes;
    this.queue.push(op);
  }
  /** An API of a later requirement set: the host refuses it at the sync (ApiNotFound), as Office.js does. */
  need(version: string, what: string): void {
    this.q(() => this.model.requireApi(version, what), 0);
  }
  /** A loaded value on its way back. */
  res(x: unknown): void {
    this.responseBytes += 20 + jsonBytes(x);
  }
}

function err(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

function parseRef(a1: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.replace(/^.*!/, ''));
  if (!m) throw err('InvalidArgument', `bad address ${a1}`);
  const top = parseInt(m[2], 10) - 1;
  const left = columnIndex(m[1]);
  return { top, left, bottom: m[4] ? parseInt(m[4], 10) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

/** Content (values, formulas, merges) on a protected sheet: only cells whose Locked box is cleared. */
function guardContent(sheet: FakeSheet, cell?: FakeCell): void {
  if (sheet.protected && cell?.locked !== false)
    throw err('InvalidOperation', `The cell or sheet ${sheet.name} is protected.`);
}

/** Formats (fills, fonts, number formats) on a protected sheet: only where the protection allows formatting cells. */
function guardFormat(sheet: FakeSheet): void {
  if (sheet.protected && !sheet.allowFormatCells)
    throw err('InvalidOperation', `The sheet ${sheet.name} is protected.`);
}

/** Adding, deleting or moving sheets while the workbook's structure is protected. */
function guardStructure(model: FakeModel): void {
  if (model.structureProtected) throw err('InvalidOperation', 'The workbook structure is protected.');
}

function valueType(c: FakeCell | undefined): string {
  if (!c) return 'Empty';
  if (c.error) return 'Error';
  if (c.value === null) return 'Empty';
  return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
}

type FillDetail = NonNullable<FakeCell['fillDetail']>;

/** A cell's fill as RangeFill reports it: white with pattern None for "no fill". */
function fillOf(c: FakeCell | undefined) {
  const d = c?.fillDetail ?? {};
  return {
    color: c?.fill ?? '#FFFFFF',
    pattern: c?.fill ? (d.pattern ?? 'Solid') : 'None',
    patternColor: d.patternColor ?? null,
    tintAndShade: d.tintAndShade ?? 0,
    patternTintAndShade: d.patternTintAndShade ?? 0,
  };
}

class FakeFill {
  private loaded: {
    color?: string;
    pattern?: string;
    patternColor?: string | null;
    tintAndShade?: number;
    patternTintAndShade?: number;
  } = {};
  constructor(
    private ctx: Ctx,
    private areas: FakeRange[],
    private label: string,
  ) {
    // pattern, patternColor and the tints (ExcelApi 1.9): loaded values read back, set values are queued.
    for (const p of ['pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const) {
      Object.defineProperty(this, p, {
        get: () => this.loaded[p],
        set: (v: string | number) => {
          this.ctx.model.calls.push(`${this.label}.fill.${p}=${v}`);
          this.ctx.need('1.9', `RangeFill.${p}`);
          this.ctx.q(() => this.each((c) => (c.fillDetail = { ...c.fillDetail, [p]: v } as FillDetail)));
        },
      });
    }
  }
  private each(fn: (c: FakeCell) => void): void {
    this.areas.forEach((a) => a.eachCell(fn, true));
  }
  get color(): string | undefined {
    return this.loaded.color;
  }
  set color(v: string | undefined) {
    this.ctx.model.calls.push(`${this.label}.fill=${v}`);
    this.ctx.q(() =>
      this.each((c) => {
        c.fill = v ?? null;
        c.fillDetail = undefined; // a colour alone is a plain solid fill
      }),
    );
  }
  load(props: string): this {
    if (/pattern|tint/i.test(props)) this.ctx.need('1.9', 'RangeFill.pattern');
    this.ctx.q(() => {
      const a = this.areas[0];
      this.loaded = fillOf(a.sheetNow().get(a.top, a.left)); // white for "no fill"; pattern tells them apart
      this.ctx.res(this.loaded);
    });
    return this;
  }
  clear(): void {
    this.ctx.model.calls.push(`${this.label}.fill.clear`);
    this.ctx.q(() =>
      this.each((c) => {
        c.fill = null;
        c.fillDetail = undefined;
      }),
    );
  }
}

class FakeFormat {
  fill: FakeFill;
  font: { bold?: boolean; color?: string };
  /** Range.format.protection (ExcelApi 1.2): locked is true, false, or null when the range is mixed. */
  protection: { locked: boolean | null | undefined; load(p: string): void };
  constructor(ctx: Ctx, areas: FakeRange[], label: string) {
    this.fill = new FakeFill(ctx, areas, label);
    this.protection = {
      locked: undefined,
      load: () =>
        ctx.q(() => {
          const seen = new Set<boolean>();
          areas.forEach((a) => a.eachCell((c) => seen.add(c.locked !== false)));
          this.protection.locked = seen.size === 1 ? [...seen][0] : null;
        }),
    };
    const each = (fn: (c: FakeCell) => void): void => ctx.q(() => areas.forEach((a) => a.eachCell(fn, true)));
    this.font = {};
    Object.defineProperty(this.font, 'bold', { set: (v: boolean) => each((c) => (c.bold = v)) });
    Object.defineProperty(this.font, 'color', { set: (v: string) => each((c) => (c.fontColor = v)) });
    Object.defineProperty(this, 'horizontalAlignment', { set: (v: string) => each((c) => (c.align = v)) });
    Object.defineProperty(this, 'wrapText', { set: (v: boolean) => each((c) => (c.wrap = v)) });
    Object.defineProperty(this, 'columnWidth', {
      set: (v: number) => {
        for (let col = areas[0].left; col < areas[0].left + areas[0].cols; col++) {
          const c = col;
          ctx.q(() => areas[0].sheetNow().columnWidths.set(c, v));
        }
      },
    });
  }
}

export class FakeRange {
  values: unknown[][] | undefined;
  valueTypes: string[][] | undefined;
  numberFormat: unknown[][] | undefined;
  formulas: unknown[][] | undefined;
  rowIndex: number | undefined;
  columnIndex: number | undefined;
  rowCount: number | undefined;
  columnCount: number | undefined;
  rowHidden: boolean | undefined;
  columnHidden: boolean | undefined;
  isNullObject = false;
  private formatProxy: FakeFormat | undefined;
  /** Made on first use: a read creates one range per row and never touches formats. */
  get format(): FakeFormat {
    this.formatProxy ??= new FakeFormat(this.ctx, [this], `${this.sheetName()}!${this.address()}`);
    return this.formatProxy;
  }
  conditionalFormats: {
    add(type: string): unknown;
    clearAll(): void;
    items: {
      getRangeOrNullObject(): { address: string | undefined; isNullObject: boolean; load(p: string): unknown };
    }[];
    load(p: string): void;
  };

  constructor(
    private ctx: Ctx,
    readonly sheetNow: () => FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    ctx.requestBytes += 120; // the object path of this range
    const setters: Record<string, (v: unknown[][]) => void> = {
      values: (v) => this.enterAll(v, false),
      formulas: (v) => this.enterAll(v, true),
      numberFormat: (v) =>
        ctx.q(() => this.eachCell((c, i, j) => (c.numberFormat = String(v[i][j])), true), 80 + jsonBytes(v)),
    };
    for (const [prop, set] of Object.entries(setters)) {
      let loaded: unknown[][] | undefined;
      Object.defineProperty(this, prop, {
        get: () => loaded,
        set: (v: unknown[][]) => (this._loading ? (loaded = v) : set(v)),
      });
    }
    const cfItems: FakeRange['conditionalFormats']['items'] = [];
    this.conditionalFormats = {
      // ConditionalFormatCollection.clearAll (1.6): the fake only clears a whole sheet's, which is all we ask.
      clearAll: () => ctx.q(() => (this.sheetNow().conditional = [])),
      // load('items'): the sheet's conditional formats (the fake does not test intersection: we ask whole sheets).
      items: cfItems,
      load: (_p: string) =>
        ctx.q(() => {
          const s = this.sheetNow();
          cfItems.length = 0;
          for (const cf of s.conditional) {
            cfItems.push({
              getRangeOrNullObject: () => {
                const r = {
                  address: undefined as string | undefined,
                  isNullObject: false,
                  load: (_q: string) => {
                    ctx.q(() => (r.address = `${s.name}!${cf.range}`));
                    return r;
                  },
                };
                return r;
              },
            });
          }
          ctx.res(s.conditional);
        }),
      add: (type: string) => {
        const entry: FakeSheet['conditional'][number] = { range: this.address(), type };
        ctx.q(() => this.sheetNow().conditional.push(entry));
        const cellValue = {
          format: { fill: {} as { color?: string }, font: {} as { color?: string } },
          rule: undefined as unknown,
        };
        Object.defineProperty(cellValue.format.fill, 'color', { set: (v: string) => ctx.q(() => (entry.fill = v)) });
        Object.defineProperty(cellValue.format.font, 'color', {
          set: (v: string) => ctx.q(() => (entry.fontColor = v)),
        });
        Object.defineProperty(cellValue, 'rule', { set: (v: unknown) => ctx.q(() => (entry.rule = v)) });
        return { cellValue };
      },
    };
    Object.defineProperty(this, 'hyperlink', {
      set: (v: { documentReference?: string }) =>
        ctx.q(() => this.eachCell((c) => (c.hyperlink = v.documentReference), true)),
    });
  }
  private _loading = false;

  sheetName(): string {
    try {
      return this.sheetNow().name;
    } catch {
      return '?';
    }
  }
  address(): string {
    const a = toA1(this.top, this.left);
    const b = toA1(this.top + this.rows - 1, this.left + this.cols - 1);
    return a === b ? a : `${a}:${b}`;
  }
  eachCell(fn: (c: FakeCell, i: number, j: number) => void, write = false): void {
    const s = this.sheetNow();
    if (write) guardFormat(s);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.cols; j++) fn(s.cell(this.top + i, this.left + j), i, j);
  }
  private enterAll(v: unknown[][], asFormulas: boolean): void {
    this.ctx.model.calls.push(
      `${this.sheetName()}!${this.address()}.${asFormulas ? 'formulas' : 'values'}=${JSON.stringify(v)}`,
    );
    this.ctx.q(
      () => {
        const s = this.sheetNow();
        for (let i = 0; i < this.rows; i++)
          for (let j = 0; j < this.cols; j++) guardContent(s, s.get(this.top + i, this.left + j));
        // values and formulas both follow Excel's entry rules (typeIn): "0123" becomes 123 either way.
        for (let i = 0; i < this.rows; i++)
          for (let j = 0; j < this.cols; j++) s.typeIn(this.top + i, this.left + j, v[i][j]);
      },
      80 + jsonBytes(v),
    );
  }

  load(props: string): this {
    const list = props.split(',').map((p) => p.trim());
    this.ctx.q(() => {
      const s = this.sheetNow();
      this._loading = true;
      const grid = <T>(fn: (c: FakeCell | undefined) => T): T[][] =>
        Array.from({ length: this.rows }, (_, i) =>
          Array.from({ length: this.cols }, (_, j) => fn(s.get(this.top + i, this.left + j))),
        );
      for (const p of list) {
        if (p === 'values') {
          this.values = grid((c) => (c?.error ? c.error : (c?.value ?? '')));
          this.ctx.loadedCells += this.rows * this.cols;
        } else if (p === 'valueTypes') this.valueTypes = grid(valueType);
        else if (p === 'numberFormat') this.numberFormat = grid((c) => c?.numberFormat ?? 'General');
        // Excel returns a constant's value as its "formula"; a quote-prefixed "=x" reads back as "=x" (#6687).
        else if (p === 'formulas') this.formulas = grid((c) => c?.formula ?? (c?.error ? c.error : (c?.value ?? '')));
        else if (p === 'rowIndex') this.rowIndex = this.top;
        else if (p === 'columnIndex') this.columnIndex = this.left;
        else if (p === 'rowCount') this.rowCount = this.rows;
        else if (p === 'columnCount') this.columnCount = this.cols;
        else if (p === 'rowHidden') this.rowHidden = s.hiddenRows.has(this.top);
        else if (p === 'columnHidden') this.columnHidden = s.hiddenCols.has(this.left);
        else if (p !== 'isNullObject') throw new Error(`fake Range cannot load ${p}`);
      }
      this._loading = false;
      for (const p of list) if (p !== 'isNullObject') this.ctx.res((this as unknown as Record<string, unknown>)[p]);
    });
    return this;
  }
  /** Range.getCellProperties (ExcelApi 1.9): per cell the asked format properties (the fake knows the fill). */
  getCellProperties(_load: unknown): { value: { format: { fill: ReturnType<typeof fillOf> } }[][] } {
    this.ctx.need('1.9', 'getCellProperties');
    const result = { value: [] as { format: { fill: ReturnType<typeof fillOf> } }[][] };
    this.ctx.q(() => {
      const s = this.sheetNow();
      result.value = Array.from({ length: this.rows }, (_, i) =>
        Array.from({ length: this.cols }, (_, j) => ({ format: { fill: fillOf(s.get(this.top + i, this.left + j)) } })),
      );
      this.ctx.res(result.value);
    });
    return result;
  }
  /** Range.getRowProperties (ExcelApi 1.9): per row its address, index and the asked properties (rowHidden). */
  getRowProperties(_load: { rowHidden?: boolean }): {
    value: { address: string; rowIndex: number; rowHidden: boolean }[];
  } {
    this.ctx.need('1.9', 'getRowProperties');
    const result = { value: [] as { address: string; rowIndex: number; rowHidden: boolean }[] };
    this.ctx.q(() => {
      const s = this.sheetNow();
      result.value = Array.from({ length: this.rows }, (_, i) => {
        const r = this.top + i;
        return { address: `${s.name}!${r + 1}:${r + 1}`, rowIndex: r, rowHidden: s.hiddenRows.has(r) };
      });
      this.ctx.res(result.value);
    });
    return result;
  }
  /** Range.clear(): contents and formats of the range (merges and conditional formats inside it go too). */
  clear(_applyTo?: string): void {
    this.ctx.model.calls.push(`${this.sheetName()}!${this.address()}.clear`);
    this.ctx.q(() => {
      const s = this.sheetNow();
      guardContent(s);
      const inside = (r: number, c: number) =>
        r >= this.top && r < this.top + this.rows && c >= this.left && c < this.left + this.cols;
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (inside(r, c)) s.cells.delete(k);
      }
      const whole = this.rows >= 1_048_576 && this.cols >= 16_384;
      if (whole) {
        s.merges = [];
        s.conditional = [];
      }
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetNow, this.top + i, this.left, 1, this.cols);
  }
  getColumn(j: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetNow, this.top, this.left + j, this.rows, 1);
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, this.sheetNow, 0, this.left, 1048576, this.cols);
  }
  getMergedAreasOrNullObject(): { load(p: string): void; isNullObject: boolean; address: string } {
    this.ctx.need('1.13', 'getMergedAreasOrNullObject');
    const out = { isNullObject: false, address: '', load: (_p: string) => undefined as void };
    out.load = () =>
      this.ctx.q(() => {
        const s = this.sheetNow();
        // Excel refuses above 512 merged areas in the queried range (not in the sheet).
        const inside = s.merges.filter((m) => {
          const r = parseRef(m);
          return (
            r.top < this.top + this.rows &&
            r.bottom >= this.top &&
            r.left < this.left + this.cols &&
            r.right >= this.left
          );
        });
        if (inside.length > 512) throw err('GeneralException', 'too many merged areas');
        out.isNullObject = inside.length === 0;
        out.address = inside.map((m) => `${s.name}!${m}`).join(',');
      });
    return out;
  }
  merge(_across: boolean): void {
    this.ctx.q(() => {
      guardContent(this.sheetNow());
      this.sheetNow().merges.push(this.address());
    });
  }
  select(): void {
    this.ctx.q(() => (this.ctx.model.selected = `${this.sheetNow().name}!${this.address()}`));
  }
}

class FakeNote {
  isNullObject = false;
  constructor(
    private ctx: Ctx,
    private sheetNow: () => FakeSheet,
    private a1: string,
  ) {}
  load(_p: string): this {
    this.ctx.q(() => (this.isNullObject = !this.sheetNow().notes.has(this.a1)));
    return this;
  }
  delete(): void {
    this.ctx.q(() => {
      if (!this.sheetNow().notes.delete(this.a1)) throw err('ItemNotFound', `no note at ${this.a1}`);
    });
  }
}

export class FakeWorksheet {
  name: string | undefined;
  position: number | undefined;
  visibility: string | undefined;
  isNullObject = false;
  protection: {
    protected: boolean | undefined;
    options: { allowFormatCells: boolean } | undefined;
    load(p: string): void;
  };
  notes: { add(a1: string, text: string): void; getItemOrNullObject(a1: string): FakeNote };
  freezePanes: {
    freezeAt(r: FakeRange): void;
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    unfreeze(): void;
  };
  charts: {
    add(type: string, source: FakeRange, by: string): unknown;
    items: { delete(): void }[];
    load(p: string): void;
  };
  private _loading = false;

  constructor(
    private ctx: Ctx,
    readonly resolve: () => FakeSheet | undefined,
    private orNull: boolean,
  ) {
    const sheetNow = this.sheetNow;
    this.protection = {
      protected: undefined,
      options: undefined,
      load: () =>
        ctx.q(() => {
          this.protection.protected = resolve()?.protected ?? false;
          this.protection.options = { allowFormatCells: resolve()?.allowFormatCells ?? false };
        }),
    };
    this.notes = {
      add: (a1, text) =>
        ctx.q(() => {
          ctx.model.requireApi('1.18', 'notes');
          const s = sheetNow();
          if (s.notes.has(a1)) throw err('InvalidArgument', 'note exists');
          s.notes.set(a1, text);
        }),
      getItemOrNullObject: (a1) => {
        ctx.need('1.18', 'notes');
        return new FakeNote(ctx, sheetNow, a1);
      },
    };
    this.freezePanes = {
      freezeAt: (r) => ctx.q(() => (sheetNow().freeze = { rows: r.rows, cols: r.cols })),
      freezeRows: (n) => ctx.q(() => (sheetNow().freeze = { rows: n, cols: 0 })),
      freezeColumns: (n) => ctx.q(() => (sheetNow().freeze = { rows: 0, cols: n })),
      unfreeze: () => ctx.q(() => (sheetNow().freeze = null)),
    };
    const charts = {
      items: [] as { delete(): void }[],
      load: (_p: string) =>
        ctx.q(() => {
          charts.items = sheetNow().charts.map((ch) => ({
            delete: () => ctx.q(() => (sheetNow().charts = sheetNow().charts.filter((c) => c !== ch))),
          }));
        }),
    };
    this.charts = {
      ...charts,
      get items() {
        return charts.items;
      },
      add: (type, source, _by) => {
        const chart: import('./fakeModel').FakeChart = { type, series: [{ values: source.address() }] };
        ctx.q(() => sheetNow().charts.push(chart));
        const seriesProxy = (i: number) => {
          const p = {} as Record<string, unknown>;
          const at = () => (chart.series[i] ??= {});
          Object.defineProperty(p, 'name', { set: (v: string) => ctx.q(() => (at().name = v)) });
          p.setValues = (r: FakeRange) => ctx.q(() => (at().values = r.address()));
          p.setXAxisValues = (r: FakeRange) => ctx.q(() => (at().categories = r.address()));
          return p;
        };
        let count = 1;
        const title = {};
        Object.defineProperty(title, 'text', { set: (v: string) => ctx.q(() => (chart.title = v)) });
        return {
          title,
          series: {
            getItemAt: (i: number) => seriesProxy(i),
            add: (name: string) => {
              const p = seriesProxy(count++);
              (p as { name: string }).name = name;
              return p;
            },
          },
          setPosition: (a: string, b?: string) => ctx.q(() => (chart.position = [a, b])),
        };
      },
    };
    let pos: number | undefined;
    Object.defineProperty(this, 'position', {
      get: () => pos,
      set: (v: number) => {
        if (this._loading) pos = v;
        else
          ctx.q(() => {
            const s = sheetNow();
            guardStructure(ctx.model);
            const list = ctx.model.sheets.filter((x) => x !== s);
            list.splice(Math.min(v, list.length), 0, s);
            ctx.model.sheets = list;
          });
      },
    });
  }
  sheetNow = (): FakeSheet => {
    const s = this.resolve();
    if (!s) throw err('ItemNotFound', "The requested resource doesn't exist.");
    return s;
  };
  load(props: string): this {
    this.ctx.q(() => {
      const s = this.resolve();
      if (!s) {
        if (!this.orNull) throw err('ItemNotFound', "The requested resource doesn't exist.");
        this.isNullObject = true;
        return;
      }
      this._loading = true;
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p === 'name') this.name = s.name;
        else if (p === 'position') this.position = this.ctx.model.sheets.indexOf(s);
        else if (p === 'visibility') this.visibility = s.visibility;
      }
      this._loading = false;
    });
    return this;
  }
  range(top: number, left: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetNow, top, left, rows, cols);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    return this.range(top, left, rows, cols);
  }
  getCell(row: number, col: number): FakeRange {
    return this.range(row, col, 1, 1);
  }
  /** getRange() with no address: the whole sheet. */
  getRange(a1?: string): FakeRange {
    if (a1 === undefined) return this.range(0, 0, 1_048_576, 16_384);
    const r = parseRef(a1);
    return this.range(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  }
  getRanges(address: string): { format: FakeFormat } {
    this.ctx.need('1.9', 'getRanges');
    if (address.length > 8192) throw err('InvalidArgument', 'address too long');
    const areas = address.split(',').map((a) => this.getRange(a));
    // One object path carrying the address, not a path per area.
    this.ctx.requestBytes += 120 + address.length - 120 * areas.length;
    return { format: new FakeFormat(this.ctx, areas, `${this.resolve()?.name ?? '?'}!getRanges(${address})`) };
  }
  getUsedRangeOrNullObject(_valuesOnly: boolean): FakeRange {
    // Resolved at load time: a proxy whose extent is only known after the sync.
    const ctx = this.ctx;
    const sheetNow = this.sheetNow;
    const proxy = new FakeRange(ctx, sheetNow, 0, 0, 0, 0);
    proxy.load = (props: string) => {
      ctx.q(() => {
        const ext = sheetNow().usedExtent();
        proxy.isNullObject = ext === null;
        if (ext) {
          const real = new FakeRange(
            ctx,
            sheetNow,
            ext.top,
            ext.left,
            ext.bottom - ext.top + 1,
            ext.right - ext.left + 1,
          );
          // Load synchronously into the real range, then copy the loaded fields.
          const saved = ctx.queue;
          ctx.queue = [];
          real.load(props);
          const ops = ctx.queue;
          ctx.queue = saved;
          ops.forEach((op) => op());
          for (const p of props.split(',').map((x) => x.trim())) {
            Object.defineProperty(proxy, p, {
              value: (real as unknown as Record<string, unknown>)[p],
              configurable: true,
            });
          }
        }
      });
      return proxy;
    };
    return proxy;
  }
  /** Like Excel: the sheet goes, and every formula elsewhere that pointed at it now says #REF!. */
  delete(): void {
    this.ctx.model.calls.push(`delete sheet ${this.resolve()?.name ?? '?'}`);
    this.ctx.q(() => {
      const s = this.sheetNow();
      guardStructure(this.ctx.model);
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
      const ref = new RegExp(
        `(?:'${s.name.replace(/'/g, "''")}'|${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})!\\$?[A-Z]+\\$?\\d+`,
        'g',
      );
      for (const other of this.ctx.model.sheets) {
        for (const c of other.cells.values()) {
          if (c.formula && ref.test(c.formula)) {
            c.formula = c.formula.replace(ref, '#REF!');
            c.error = '#REF!';
          }
          ref.lastIndex = 0;
        }
      }
    });
  }
  activate(): void {
    this.ctx.q(() => this.ctx.model.activate(this.sheetNow().name));
  }
}

/** A request context over the model; sync() runs the queue and counts. */
export function fakeContext(model: FakeModel): Excel.RequestContext {
  const ctx = new Ctx(model);
  const worksheets = {
    items: [] as FakeWorksheet[],
    getItem: (name: string) => new FakeWorksheet(ctx, () => model.sheet(name), false),
    onActivated: {
      add: (handler: (e: { worksheetId: string; type: string; source: string }) => Promise<unknown>) => {
        ctx.q(() => model.activationHandlers.add(handler));
        return {
          context,
          remove: () => ctx.q(() => model.activationHandlers.delete(handler)),
        };
      },
    },
    getItemOrNullObject: (name: string) => new FakeWorksheet(ctx, () => model.sheet(name), true),
    getActiveWorksheet: () => new FakeWorksheet(ctx, () => model.sheets[model.active], false),
    add: (name: string) => {
      ctx.model.calls.push(`add sheet ${name}`);
      ctx.q(() => {
        guardStructure(model);
        if (model.sheet(name)) throw err('ItemAlreadyExists', `sheet ${name} exists`);
        model.addSheet(name);
      });
      return new FakeWorksheet(ctx, () => model.sheet(name), false);
    },
    load: (props: string) => {
      ctx.q(() => {
        worksheets.items = model.sheets.map((s) => {
          const w = new FakeWorksheet(ctx, () => s, false);
          w.name = s.name;
          w.visibility = s.visibility;
          return w;
        });
      });
      void props;
    },
  };
  const runtime = {};
  Object.defineProperty(runtime, 'enableEvents', {
    set: (v: boolean) => {
      model.calls.push(`enableEvents=${v}`);
      ctx.need('1.8', 'Runtime.enableEvents');
      ctx.q(() => (model.eventsEnabled = v));
    },
  });
  // Workbook.protection (ExcelApi 1.7): structure protection.
  const protection = {
    protected: undefined as boolean | undefined,
    load: (_p: string) => ctx.q(() => (protection.protected = model.structureProtected)),
  };
  const context = {
    workbook: { worksheets, protection },
    runtime,
    application: {
      suspendScreenUpdatingUntilNextSync: () => {
        model.calls.push('suspendScreenUpdating');
        ctx.need('1.9', 'suspendScreenUpdatingUntilNextSync');
      },
      suspendApiCalculationUntilNextSync: () => model.calls.push('suspendApiCalculation'),
    },
    sync: async () => {
      model.syncs++;
      model.beforeSync?.(model.syncs); // the user sorts or types while our batch is on its way
      const ops = ctx.queue;
      const requestBytes = ctx.requestBytes;
      ctx.queue = [];
      ctx.loadedCells = 0;
      ctx.requestBytes = 0;
      ctx.responseBytes = 0;
      model.requestBytesPerSync.push(requestBytes);
      if (model.payloadLimit !== null && requestBytes > model.payloadLimit) {
        throw err('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`); // nothing of it ran
      }
      if (model.failAt) {
        model.failAt.sync--;
        if (model.failAt.sync === 0) {
          const { error: e, afterOps = 0 } = model.failAt;
          model.failAt = null;
          ops.slice(0, afterOps).forEach((op) => op()); // part of the batch took effect before the failure
          throw err(e.code, e.message);
        }
      }
      try {
        for (const op of ops) op(); // like Excel, a failing op stops the batch after earlier ops took effect
      } finally {
        model.eventsPerSync.push(model.eventsEnabled);
      }
      model.cellsLoadedPerSync.push(ctx.loadedCells);
      model.responseBytesPerSync.push(ctx.responseBytes);
      if (model.payloadLimit !== null && ctx.responseBytes > model.payloadLimit) {
        throw err('ResponsePayloadSizeLimitExceeded', `response of ${ctx.responseBytes} bytes`);
      }
    },
  };
  return context as unknown as Excel.RequestContext;
}

/** Excel.run(context, batch) over the model: the batch runs on the given context. */
export function fakeRunIn<T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return batch(context);
}

/** An ExcelRunner over the model: each run gets a fresh context, like Excel.run. */
export function fakeRunner(model: FakeModel) {
  return <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: { mergeUndoGroup?: boolean },
  ): Promise<T> => {
    model.runOptions.push(options ?? {});
    return batch(fakeContext(model));
  };
}
