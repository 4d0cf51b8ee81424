/** "未识别到台账：缺少项目名称、总投资列" and what the sheet has instead; a blank sheet says it is blank. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';
import { usePane } from '../state/PaneContext';
import { fieldLabel, type Unrecognised } from '../state/recognition';

export function NotRecognised({ sheets }: { sheets: readonly Unrecognised[] }) {
  const { t, lang } = useI18n();
  const { core } = usePane();
  const sep = t('listSeparator');
  if (sheets.length === 0) {
    return (
      <PlainMessageBar intent="warning" layout="multiline">
        {t('noSheets')}
      </PlainMessageBar>
    );
  }
  return (
    <>
      {sheets.map((u) => (
        <MessageBar key={u.sheet} intent="warning" layout="multiline" data-testid="not-recognised">
          <MessageBarBody>
            <MessageBarTitle>{t('notLedgerTitle', { sheet: u.sheet })}</MessageBarTitle>
            {u.blank
              ? t('sheetBlank')
              : t('notLedgerMissing', {
                  fields: u.missing.map((f) => fieldLabel(core.ledgerKinds, 'project', f, lang)).join(sep),
                })}
            {!u.blank &&
              u.found.length > 0 &&
              `${t('foundInstead', { texts: u.found.map((x) => t('sheetQuoted', { name: x })).join(sep) })}`}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
