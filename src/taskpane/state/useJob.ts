/** One running job at a time per view: progress, cancel, the error to show, and a short notice after success. */
import { useCallback, useContext, useRef, useState } from 'react';
import type { PortNote } from '../../core/port/WorkbookPort';
import { useI18n } from '../i18n';
import { errorMessage } from './errors';
import { CancelledError, type Progress, type StepContext } from './steps';
import { WaitingContext } from './waiting';

export interface JobState {
  running: boolean;
  progress: Progress | null;
  error: string | null;
  notice: string | null;
  /**
   * What the workbook port said about the last job's write, mark, undo or settings save (port.notes), shown with
   * its result; a new job clears them.
   */
  notes: PortNote[];
  /** Which button started the last job, so its progress and result show beside that button. */
  origin: string;
  /** True while this job runs and the workbook holds its request (Excel: the user is editing a cell). */
  waiting: boolean;
  run<T>(fn: (ctx: StepContext) => Promise<T>, origin?: string): Promise<T | undefined>;
  cancel(): void;
  setNotice(text: string | null): void;
  setNotes(notes: PortNote[]): void;
}

export function useJob(): JobState {
  const { lang, t } = useI18n();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [notes, setNotes] = useState<PortNote[]>([]);
  const [origin, setOrigin] = useState('main');
  const controller = useRef<AbortController | null>(null);
  const held = useContext(WaitingContext);

  const run = useCallback(
    async <T>(fn: (ctx: StepContext) => Promise<T>, from = 'main'): Promise<T | undefined> => {
      controller.current?.abort();
      setOrigin(from);
      const ac = new AbortController();
      controller.current = ac;
      setRunning(true);
      setError(null);
      setNotice(null);
      setNotes([]);
      setProgress(null);
      try {
        return await fn({ signal: ac.signal, onProgress: setProgress });
      } catch (e) {
        if (e instanceof CancelledError) setNotice(t('cancelled'));
        else setError(errorMessage(e, lang));
        return undefined;
      } finally {
        if (controller.current === ac) {
          controller.current = null;
          setRunning(false);
          setProgress(null);
        }
      }
    },
    [lang, t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return {
    running,
    progress,
    error,
    notice,
    notes,
    origin,
    waiting: running && held,
    run,
    cancel,
    setNotice,
    setNotes,
  };
}
