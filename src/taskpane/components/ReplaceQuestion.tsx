/** The question before replacing sheets Taizhang wrote before (summary sheets, the 台账周报): replace, or keep them. */
import { Button, MessageBarActions } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';

export function ReplaceQuestion({ text, onAnswer }: { text: string; onAnswer: (replace: boolean) => void }) {
  const { t } = useI18n();
  return (
    <PlainMessageBar
      intent="warning"
      layout="multiline"
      actions={
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={() => onAnswer(true)}>
            {t('replaceYes')}
          </Button>
          <Button size="small" onClick={() => onAnswer(false)}>
            {t('replaceNo')}
          </Button>
        </MessageBarActions>
      }
    >
      {text}
    </PlainMessageBar>
  );
}
