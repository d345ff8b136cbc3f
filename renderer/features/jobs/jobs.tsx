import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JobName } from '../../../app/contract/index.ts';
import { client, onHostEvent } from '../../api/client.ts';

export interface RunningJobView {
  id: string;
  /** A job of the core, or work of the page itself before it hands over to one (reading dropped files). */
  job: JobName | 'reading';
  progress?: { done: number; total: number; file?: string };
  /** How to cancel it: a job of the core is cancelled through the core. */
  cancel(): void;
}

/** Work of the page shown in the tray like a job: it reports its progress and learns whether it was cancelled. */
export interface LocalTask {
  progress(done: number, total: number): void;
  readonly cancelled: boolean;
  end(): void;
}

interface Jobs {
  running: RunningJobView[];
  startLocal(job: RunningJobView['job']): LocalTask;
}

const JobsContext = createContext<Jobs>({ running: [], startLocal: () => ({ progress: () => {}, cancelled: false, end: () => {} }) });

const cancelInCore = (id: string) => () => void client.call('jobs.cancel', { id }).catch(() => {});

/**
 * The jobs running in the core, whoever started them (this page, the menu, the start-up backup): from `jobs.list` when
 * the page opens, then from job events; and the page's own work before a job (files being read).
 */
export function JobsProvider({ children }: { children: ReactNode }) {
  const [jobs, setJobs] = useState<Map<string, RunningJobView>>(new Map());
  useEffect(() => {
    let live = true;
    const stop = onHostEvent((event) => {
      if (event.type !== 'job') return;
      setJobs((current) => {
        const next = new Map(current);
        const progress = (event.progress as RunningJobView['progress']) ?? current.get(event.id)?.progress;
        if (event.state === 'running') next.set(event.id, { id: event.id, job: event.job, progress, cancel: cancelInCore(event.id) });
        else next.delete(event.id);
        return next;
      });
    });
    void client.call('jobs.list', {}).then((list) => live && setJobs((current) => {
      const next = new Map(current);
      for (const j of list) if (!next.has(j.id)) next.set(j.id, { id: j.id, job: j.job, progress: j.progress as RunningJobView['progress'], cancel: cancelInCore(j.id) });
      return next;
    }));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const serial = useRef(0);
  const startLocal = useCallback((job: RunningJobView['job']): LocalTask => {
    const id = `local-${++serial.current}`;
    const task = { cancelled: false, progress: (done: number, total: number) => setJobs((current) => new Map(current).set(id, { id, job, progress: { done, total }, cancel })), end: () => setJobs((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    }) };
    const cancel = () => {
      task.cancelled = true;
      task.end();
    };
    setJobs((current) => new Map(current).set(id, { id, job, cancel }));
    return task;
  }, []);
  const value = useMemo(() => ({ running: [...jobs.values()], startLocal }), [jobs, startLocal]);
  return <JobsContext.Provider value={value}>{children}</JobsContext.Provider>;
}

export function useJobs(): Jobs {
  return useContext(JobsContext);
}
