import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { JobName } from '../../../app/contract/index.ts';
import { client, onHostEvent } from '../../api/client.ts';

export interface RunningJobView {
  id: string;
  job: JobName;
  progress?: { done: number; total: number; file?: string };
}

const JobsContext = createContext<RunningJobView[]>([]);

/**
 * The jobs running in the core, whoever started them (this page, the menu, the start-up backup): from `jobs.list` when
 * the page opens, then from job events.
 */
export function JobsProvider({ children }: { children: ReactNode }) {
  const [jobs, setJobs] = useState<Map<string, RunningJobView>>(new Map());
  useEffect(() => {
    let live = true;
    const stop = onHostEvent((event) => {
      if (event.type !== 'job') return;
      setJobs((current) => {
        const next = new Map(current);
        if (event.state === 'running') next.set(event.id, { id: event.id, job: event.job, progress: (event.progress as RunningJobView['progress']) ?? current.get(event.id)?.progress });
        else next.delete(event.id);
        return next;
      });
    });
    void client.call('jobs.list', {}).then((list) => live && setJobs((current) => {
      const next = new Map(current);
      for (const j of list) if (!next.has(j.id)) next.set(j.id, { id: j.id, job: j.job, progress: j.progress as RunningJobView['progress'] });
      return next;
    }));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const list = useMemo(() => [...jobs.values()], [jobs]);
  return <JobsContext.Provider value={list}>{children}</JobsContext.Provider>;
}

export function useRunningJobs(): RunningJobView[] {
  return useContext(JobsContext);
}
