/**
 * The pane's tabs and their panels. A view mounts the first time its tab is opened and then stays mounted (hidden),
 * so switching tabs keeps each view's results. The list of tabs is App.tsx's.
 */
import { useState } from 'react';
import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { useI18n, type StringKey } from '../i18n';

export interface PaneTab<Id extends string> {
  id: Id;
  label: StringKey;
  View: () => React.JSX.Element;
}

const useStyles = makeStyles({ tabs: { flexWrap: 'wrap' } });

/** The selected tab and the tabs opened so far. */
export function usePaneTab<Id extends string>(first: Id) {
  const [tab, setTab] = useState<Id>(first);
  const [opened, setOpened] = useState<Set<Id>>(new Set([first]));
  const select = (id: Id) => {
    setTab(id);
    setOpened((o) => new Set(o).add(id));
  };
  return { tab, opened, select };
}

interface Props<Id extends string> {
  tabs: readonly PaneTab<Id>[];
  state: ReturnType<typeof usePaneTab<Id>>;
}

export function PaneTabs<Id extends string>({ tabs, state }: Props<Id>) {
  const s = useStyles();
  const { t } = useI18n();
  const { tab, opened, select } = state;
  return (
    <>
      <TabList
        className={s.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => select(d.value as Id)}
        aria-label={t('tabsLabel')}
        size="small"
      >
        {tabs.map((x) => (
          <Tab key={x.id} value={x.id} id={`tab-${x.id}`} aria-controls={`panel-${x.id}`}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      {tabs.map(({ id, View }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          {opened.has(id) && <View />}
        </div>
      ))}
    </>
  );
}
