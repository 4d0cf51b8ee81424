/** The sample ledgers read through the real readLedger, ready for computeSummary / buildSummaryLayouts. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import {
  DISTRICT_A,
  DISTRICT_A_SERVICES,
  DISTRICT_B,
  measureGrid,
  projectGrid,
  reserveGrid,
  RESERVES,
} from './sampleLedgers';

export function sampleInputs(): { source: string; ledger: Ledger }[] {
  const pack = defaultPack();
  return [
    {
      source: 'A区.xlsx',
      ledger: readLedger(
        projectGrid('项目台账', [
          { title: '一、工业及基础设施项目', projects: DISTRICT_A },
          { title: '二、服务业和社会事业项目', projects: DISTRICT_A_SERVICES },
        ]),
        { pack },
      ),
    },
    {
      source: 'B镇.xlsx',
      ledger: readLedger(projectGrid('B镇项目', [{ title: '', projects: DISTRICT_B }], '亿元'), { pack }),
    },
    { source: '储备.xlsx', ledger: readLedger(reserveGrid('储备项目库', RESERVES), { pack }) },
    { source: '措施.xlsx', ledger: readLedger(measureGrid('措施任务'), { pack }) },
  ];
}
