/** Filter by issue type, with counts (a native select: keyboard and screen readers know it). */
import { Field, Select } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { TypeCount } from '../state/issueGroups';

export function IssueTypeFilter(props: {
  types: TypeCount[];
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('filterType')}>
      {/* A native select is as wide as its longest option: held to the pane's width (356 px at 320 px in English). */}
      <Select
        style={{ maxWidth: '100%', minWidth: 0 }}
        value={props.value ?? ''}
        onChange={(_, d) => props.onChange(d.value || null)}
      >
        <option value="">{t('filterAll')}</option>
        {props.types.map((ty) => (
          <option key={ty.code} value={ty.code}>
            {t('typeCount', { title: ty.title, count: ty.count })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
