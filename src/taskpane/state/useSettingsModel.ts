/** The 设置 view-model: pack source, policy text import and review, target values, rule switches, save to workbook. */
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
import type { UnitKind } from '../../core/policy/types';
import type { Severity } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { draftFromText, storedFromSettings, withTargetValue, type PackSource } from './packChoice';
import { usePane } from './PaneContext';
import { useJob } from './useJob';

/** A File's bytes through FileReader (what every host's webview has). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** .docx through the core's reader (loaded on demand: fflate stays out of the first paint); else UTF-8 text. */
async function policyFileText(bytes: Uint8Array, name: string): Promise<string> {
  const { docxText, isZip } = await import('../../core/policy/docxText');
  if (isZip(bytes)) {
    const text = docxText(bytes);
    if (text === undefined)
      throw new PolicyFileError(
        `“${name}”不是 Word 文档（.docx）；请选择政策的 .docx、.txt 或 .md 文件。`,
        `"${name}" is not a Word document (.docx).`,
      );
    return text;
  }
  if (bytes.includes(0))
    throw new PolicyFileError(
      `“${name}”不是文本文件或 .docx（旧版 .doc 和 PDF 读不了），请另存为 .docx 或 .txt。`,
      `"${name}" is not a text file or .docx.`,
    );
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** A file the import cannot read, in Chinese with its English (errorMessage picks by language). */
class PolicyFileError extends Error {
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

export function useSettingsModel() {
  const { core, port, settings, setSettings } = usePane();
  const { lang, t } = useI18n();
  const job = useJob();
  const [text, setText] = useState('');
  const [imported, setImported] = useState(settings.source === 'imported' ? settings.pack : null);
  /** A pack parsed from text and being reviewed: not in use until saved. */
  const [draft, setDraft] = useState<PackDraft | null>(null);

  return {
    job,
    settings,
    text,
    setText,
    hasImported: imported !== null,
    draft,
    newUnits: draft ? unitsToCheck(draft.pack) : [],
    chooseSource(source: PackSource) {
      const pack =
        source === 'workbook' ? settings.workbookPack : source === 'imported' ? imported : core.defaultPack();
      if (pack) setSettings({ ...settings, source, pack });
      else if (source === 'imported') setSettings({ ...settings, source, pack: settings.pack });
    },
    /** A policy file chosen by the user: its text goes into the box (a .docx read by the core), then is parsed. */
    async readFile(file: File | undefined) {
      if (!file) return;
      const read = await job.run(async () => policyFileText(new Uint8Array(await bytesOf(file)), file.name));
      if (read === undefined) return;
      setText(read);
      const d = await job.run(async () => draftFromText(core, read, settings.pack));
      if (d) {
        setDraft(d);
        job.setNotice(t('parsed', { measures: d.pack.measures.length, units: d.pack.units.length }));
      }
    },
    async parseText() {
      const d = await job.run(async () => draftFromText(core, text, settings.pack));
      if (d) {
        setDraft(d);
        job.setNotice(t('parsed', { measures: d.pack.measures.length, units: d.pack.units.length }));
      }
    },
    editUnits(number: number, field: UnitField, typed: string) {
      if (draft) setDraft({ ...draft, pack: withMeasureUnits(draft.pack, number, field, typed) });
    },
    editTargets(number: number, typed: string) {
      if (draft) setDraft({ ...draft, pack: withMeasureTargets(draft.pack, number, typed) });
    },
    setUnitKind(name: string, kind: UnitKind) {
      if (draft) setDraft({ ...draft, pack: withUnitKind(draft.pack, name, kind) });
    },
    confirmUnits() {
      if (draft) setDraft({ ...draft, pack: confirmNewUnits(draft.pack) });
    },
    discardDraft() {
      setDraft(null);
      job.setNotice(null);
    },
    /** The reviewed pack goes into use and into the workbook, so every clerk opening it sees the same pack. */
    async saveDraft() {
      if (!draft) return;
      const saved = await job.run(async () => {
        const pack = core.loadPolicyPack(draft.pack);
        const next = { ...settings, source: 'imported' as const, pack, workbookPack: pack }; // now also the workbook's pack
        await port.saveSettings(storedFromSettings(next, lang));
        return next;
      });
      if (saved) {
        setImported(saved.pack);
        setSettings(saved);
        setDraft(null);
        job.setNotice(t('packSaved', { measures: saved.pack.measures.length }));
      }
    },
    setTarget(id: string, value: number) {
      if (!Number.isFinite(value)) return;
      const pack = withTargetValue(settings.pack, id, value);
      // Kept with its source, so switching the 政策包 option away and back keeps the edits.
      if (settings.source === 'imported') setImported(pack);
      // Editing the built-in pack's targets makes a workbook pack, so the change can be saved and shared.
      setSettings({
        ...settings,
        source: settings.source === 'builtin' ? 'workbook' : settings.source,
        pack,
        workbookPack: settings.source === 'imported' ? settings.workbookPack : pack,
      });
    },
    setRule(code: string, change: { enabled?: boolean; severity?: Severity }) {
      setSettings({ ...settings, rules: { ...settings.rules, [code]: { ...settings.rules[code], ...change } } });
    },
    async save() {
      const done = await job.run(async () => {
        await port.saveSettings(storedFromSettings(settings, lang));
        return true;
      }, 'save');
      if (done) job.setNotice(t('saved'));
    },
  };
}

export type SettingsModel = ReturnType<typeof useSettingsModel>;
