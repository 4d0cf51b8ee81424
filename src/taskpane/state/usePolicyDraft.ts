/**
 * 设置's import from policy text: the text box, the pack parsed from it under review (a draft: not in use until
 * saved), the clerk's corrections to it, and saving it into use and into the workbook.
 */
import { useState } from 'react';
import type { PackDraft } from '../../core/policy/packFromPolicyText';
import {
  confirmNewUnits,
  unitsToCheck,
  withMeasureTargets,
  withMeasureUnits,
  withUnitKind,
  type UnitField,
} from '../../core/policy/reviewEdits';
import type { PolicyPack, UnitKind } from '../../core/policy/types';
import { useI18n } from '../i18n';
import { draftFromText, storedFromSettings, type PaneSettings } from './packChoice';
import { usePane } from './PaneContext';
import { readPolicyFile } from './policyFile';
import { settingsNotes } from './portNotes';
import type { JobState } from './useJob';

export function usePolicyDraft(job: JobState, onSaved: (saved: PaneSettings) => void) {
  const { core, port, settings } = usePane();
  const { lang, t } = useI18n();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<PackDraft | null>(null);
  const edit = (change: (pack: PolicyPack) => PolicyPack) => {
    if (draft) setDraft({ ...draft, pack: change(draft.pack) });
  };
  const parse = async (source: string) => {
    const d = await job.run(async () => draftFromText(core, source, settings.pack));
    if (d) {
      setDraft(d);
      job.setNotice(t('parsed', { measures: d.pack.measures.length, units: d.pack.units.length }));
    }
  };

  return {
    text,
    setText,
    draft,
    newUnits: draft ? unitsToCheck(draft.pack) : [],
    /** A policy file chosen by the user: its text goes into the box (a .docx read by the core), then is parsed. */
    async readFile(file: File | undefined) {
      if (!file) return;
      const read = await job.run(async () => readPolicyFile(file));
      if (read === undefined) return;
      setText(read);
      await parse(read);
    },
    parseText: () => parse(text),
    editUnits: (number: number, field: UnitField, typed: string) =>
      edit((p) => withMeasureUnits(p, number, field, typed)),
    editTargets: (number: number, typed: string) => edit((p) => withMeasureTargets(p, number, typed)),
    setUnitKind: (name: string, kind: UnitKind) => edit((p) => withUnitKind(p, name, kind)),
    confirmUnits: () => edit(confirmNewUnits),
    discardDraft() {
      setDraft(null);
      job.setNotice(null);
    },
    /** The reviewed pack goes into use and into the workbook, so every clerk opening it sees the same pack. */
    async saveDraft() {
      if (!draft) return;
      const saved = await job.run(async () => {
        const pack = core.loadPolicyPack(draft.pack);
        // Now also the workbook's pack (a new one: the older stored pack's note goes).
        const next = { ...settings, source: 'imported' as const, pack, workbookPack: pack, workbookNotes: undefined };
        await port.saveSettings(storedFromSettings(next, lang));
        return next;
      });
      if (saved) {
        onSaved(saved);
        setDraft(null);
        job.setNotes(settingsNotes(port)); // a bigger pack can push older ledger snapshots out
        job.setNotice(t('packSaved', { measures: saved.pack.measures.length }));
      }
    },
  };
}
