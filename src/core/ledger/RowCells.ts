/**
 * A row's parsed cells. A class with every field declared in one order gives all rows one compact object
 * shape (100,000 rows × 20 fields: building plain objects field by field costs several times more).
 * Fields a sheet does not map stay undefined.
 */
import type { ParsedCell } from '../parse/types';
import type { FieldId } from '../schema/types';

export class RowCells implements Partial<Record<FieldId, ParsedCell>> {
  seq?: ParsedCell = undefined;
  name?: ParsedCell = undefined;
  owner?: ParsedCell = undefined;
  location?: ParsedCell = undefined;
  nature?: ParsedCell = undefined;
  content?: ParsedCell = undefined;
  domain?: ParsedCell = undefined;
  stage?: ParsedCell = undefined;
  total?: ParsedCell = undefined;
  planned?: ParsedCell = undefined;
  completed?: ParsedCell = undefined;
  rate?: ParsedCell = undefined;
  start?: ParsedCell = undefined;
  end?: ParsedCell = undefined;
  progress?: ParsedCell = undefined;
  problems?: ParsedCell = undefined;
  lead?: ParsedCell = undefined;
  coop?: ParsedCell = undefined;
  leader?: ParsedCell = undefined;
  measure?: ParsedCell = undefined;
  channel?: ParsedCell = undefined;
  status?: ParsedCell = undefined;
  deadline?: ParsedCell = undefined;
  remark?: ParsedCell = undefined;
}
