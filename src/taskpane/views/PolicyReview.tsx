/**
 * 核对解析结果: the measures parsed from policy text as a table (number, lead, cooperating units, targets, the
 * source sentence) where the user fixes a unit or target cell before the 政策包 is saved into the workbook.
 */
import {
  Badge,
  Button,
  Caption1,
  Input,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PackNote } from '../../core/policy/packFromPolicyText';
import type { UnitField } from '../../core/policy/reviewEdits';
import type { Measure, PolicyPack, UnitKind } from '../../core/policy/types';
import { useI18n, type StringKey } from '../i18n';
import { useViewStyles } from './styles';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '460px' },
  number: { width: '3em' },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  missing: { backgroundColor: tokens.colorPaletteRedBackground1 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteMarigoldForeground3 },
  kinds: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  kind: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
});

const UNIT_KINDS: readonly UnitKind[] = [
  'bureau',
  'city-branch',
  'township',
  'street',
  'park',
  'company',
  'court',
  'command-centre',
  'collective',
];
const KIND_KEY: Record<UnitKind, StringKey> = {
  bureau: 'kindBureau',
  'city-branch': 'kindCityBranch',
  township: 'kindTownship',
  street: 'kindStreet',
  park: 'kindPark',
  company: 'kindCompany',
  court: 'kindCourt',
  'command-centre': 'kindCommand',
  collective: 'kindCollective',
};

export interface PolicyReviewProps {
  pack: PolicyPack;
  notes: PackNote[];
  /** Names still flagged 新单位，请核对. */
  newUnits: string[];
  busy: boolean;
  onEdit(number: number, field: UnitField, typed: string): void;
  onEditTargets(number: number, typed: string): void;
  onConfirmUnits(): void;
  onUnitKind(name: string, kind: UnitKind): void;
  onSave(): void;
  onDiscard(): void;
}

export function PolicyReview(props: PolicyReviewProps) {
  const { pack, notes, newUnits, busy, onSave, onDiscard } = props;
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const st = useStyles();
  // Unit notes and missing leads are shown live from the pack (they change as cells are fixed).
  const shown = notes.filter((n) => n.kind !== 'new-unit' && n.kind !== 'no-lead');
  const inferred = new Set(
    notes.filter((n) => n.kind === 'number-inferred' || n.kind === 'renumbered').map((n) => n.measure),
  );
  return (
    <section className={s.section} aria-label={t('reviewTitle')}>
      <Subtitle2 as="h3">{t('reviewTitle')}</Subtitle2>
      <p className={s.hint}>{t('reviewHint')}</p>
      {shown.length > 0 && (
        <ul className={st.notes} aria-label={t('reviewNotes', { count: shown.length })}>
          {shown.map((n, i) => (
            <li key={i}>{lang === 'en' ? n.en : n.zh}</li>
          ))}
        </ul>
      )}
      {newUnits.length > 0 && <NewUnits {...props} />}
      <div className={st.scroller}>
        <Table size="extra-small" className={st.table} aria-label={t('reviewTitle')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={st.number}>{t('colNumber')}</TableHeaderCell>
              <TableHeaderCell>{t('colLead')}</TableHeaderCell>
              <TableHeaderCell>{t('colCoop')}</TableHeaderCell>
              <TableHeaderCell>{t('colTargets')}</TableHeaderCell>
              <TableHeaderCell>{t('colSource')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pack.measures.map((m) => (
              <MeasureRow key={m.number} measure={m} inferred={inferred.has(m.number)} {...props} />
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={s.actions}>
        <Button appearance="primary" onClick={onSave} disabled={busy}>
          {t('savePack')}
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          {t('discardPack')}
        </Button>
      </div>
    </section>
  );
}

/** The new units, each with its guessed kind to correct, and 新单位已核对. */
function NewUnits({ pack, newUnits, busy, onUnitKind, onConfirmUnits }: PolicyReviewProps) {
  const { t } = useI18n();
  const s = useViewStyles();
  const st = useStyles();
  return (
    <div className={s.section}>
      <p className={s.current}>{t('newUnits', { names: newUnits.join('、') })}</p>
      <ul className={st.kinds}>
        {newUnits.map((name) => (
          <li key={name} className={st.kind}>
            <span>{name}</span>
            <Select
              size="small"
              aria-label={t('unitKindOf', { name })}
              value={pack.units.find((u) => u.name === name)?.kind}
              onChange={(_, d) => onUnitKind(name, d.value as UnitKind)}
            >
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_KEY[k])}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
      <div className={s.actions}>
        <Button size="small" onClick={onConfirmUnits} disabled={busy}>
          {t('confirmUnits')}
        </Button>
      </div>
    </div>
  );
}

/** One measure: number (推断 when the parser numbered it), editable units and targets, the source sentence. */
function MeasureRow({
  measure: m,
  inferred,
  newUnits,
  onEdit,
  onEditTargets,
}: PolicyReviewProps & { measure: Measure; inferred: boolean }) {
  const { t } = useI18n();
  const st = useStyles();
  const label = (field: StringKey) => t('cellLabel', { number: m.number, field: t(field) });
  return (
    <TableRow>
      <TableCell>
        {m.number}
        {inferred && (
          <Badge size="small" appearance="outline" color="warning" title={t('numberInferred')}>
            {t('numberInferredBadge')}
          </Badge>
        )}
      </TableCell>
      <TableCell className={m.lead.length === 0 ? st.missing : undefined}>
        <UnitCell
          names={m.lead}
          flagged={newUnits}
          label={label('colLead')}
          onCommit={(v) => onEdit(m.number, 'lead', v)}
        />
      </TableCell>
      <TableCell>
        <UnitCell
          names={m.coop}
          flagged={newUnits}
          label={label('colCoop')}
          onCommit={(v) => onEdit(m.number, 'coop', v)}
        />
      </TableCell>
      <TableCell>
        <TextCell
          value={m.targets.map((g) => `${g.value}${g.unit}`).join('、')}
          label={label('colTargets')}
          onCommit={(v) => onEditTargets(m.number, v)}
        />
      </TableCell>
      <TableCell>
        <Caption1 className={st.source}>{m.text}</Caption1>
      </TableCell>
    </TableRow>
  );
}

/** One editable cell: the change is applied when the box loses focus. */
function TextCell({ value, label, onCommit }: { value: string; label: string; onCommit(v: string): void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The pack changed under us (a canonical name replaced what was typed): show what it now holds.
    setSeen(value);
    setText(value);
  }
  return (
    <Input
      size="small"
      value={text}
      aria-label={label}
      onChange={(_, d) => setText(d.value)}
      onBlur={() => text !== value && onCommit(text)}
    />
  );
}

/** A unit cell: the names joined by 、, and a 新单位 badge while one of them is still flagged. */
function UnitCell({
  names,
  flagged,
  label,
  onCommit,
}: {
  names: string[];
  flagged: string[];
  label: string;
  onCommit(v: string): void;
}) {
  const { t } = useI18n();
  const isNew = names.some((n) => flagged.includes(n));
  return (
    <>
      <TextCell value={names.join('、')} label={label} onCommit={onCommit} />
      {isNew && (
        <Badge size="small" appearance="tint" color="warning">
          {t('newUnitBadge')}
        </Badge>
      )}
    </>
  );
}
