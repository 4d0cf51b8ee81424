/** Filter by issue type, with counts (a native select: keyboard and screen readers know it). */
import { Field, Select } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { TypeCount } from '../state/issueGroups';

export function IssueTypeFilter(props: { types: TypeCount[]; value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('filterType')}>
      <Select value={props.value ?? ''} onChange={(_, d) => props.onChange(d.value || null)}>
        <option value="">{t('filterAll')}</option>
        {props.types.map((ty) => (
          <option key={ty.code} value={ty.code}>
            {ty.title}（{ty.count}）
          </option>
        ))}
      </Select>
    </Field>
  );
}
