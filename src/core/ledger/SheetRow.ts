/**
 * A data row read from a sheet. Its cells are parsed the first time they are read (then kept): the validator
 * reads columns straight from the parsers, so most rows of a large ledger never build a cells object at all.
 */
import type { ParsedCell } from '../parse/types';
import type { FieldId } from '../schema/types';
import type { ColumnParser } from './ColumnParser';
import { RowCells } from './RowCells';
import type { LedgerRow } from './types';

export class SheetRow implements LedgerRow {
  private parsed: Partial<Record<FieldId, ParsedCell>> | undefined = undefined;

  constructor(
    public row: number,
    public index: number,
    public section: string | undefined,
    public hidden: boolean,
    private readonly parsers: readonly ColumnParser[],
  ) {}

  get cells(): Partial<Record<FieldId, ParsedCell>> {
    return (this.parsed ??= parseRow(this.index, this.parsers));
  }

  set cells(cells: Partial<Record<FieldId, ParsedCell>>) {
    this.parsed = cells;
  }
}

export function parseRow(index: number, parsers: readonly ColumnParser[]): Partial<Record<FieldId, ParsedCell>> {
  const cells = new RowCells();
  for (let i = 0; i < parsers.length; i++) cells[parsers[i].field] = parsers[i].parse(index);
  return cells;
}
