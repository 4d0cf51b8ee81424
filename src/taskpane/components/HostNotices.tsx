/** What this Excel lacks (host.notices), said once when the pane opens. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { PaneHost } from '../state/host';

const useStyles = makeStyles({ notices: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export function HostNotices({ host }: { host: PaneHost }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  if (host.kind !== 'excel' || !host.notices || host.notices.length === 0) return null;
  return (
    <MessageBar intent="info" data-testid="host-notices">
      <MessageBarBody>
        <MessageBarTitle>{t('hostNoticesTitle')}</MessageBarTitle>
        <ul className={s.notices}>
          {host.notices.map((n) => (
            <li key={n.zh}>{(lang === 'en' && n.en) || n.zh}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
