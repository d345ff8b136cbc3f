import { useTranslation } from 'react-i18next';
import { useJobs } from './jobs.tsx';

const BACKGROUND = new Set<string>(['team.listen', 'team.sync']);

/**
 * What runs in the background, each with its progress and a Cancel button: imports, passes over the library,
 * exports, backups. Cancelling keeps what was done (an import keeps the articles it has written).
 */
export function JobsTray() {
  const { t } = useTranslation();
  // A team library's syncs run by themselves; the Team button says how they stand.
  const running = useJobs().running.filter((job) => !BACKGROUND.has(job.job));
  if (running.length === 0) return null;
  return (
    <div className="jobs-tray" data-testid="jobs-tray">
      {running.map((job) => {
        // A long PDF being imported: how far into its pages.
        const page = (job.progress as { page?: { done: number; total: number } } | undefined)?.page;
        return (
          <div key={job.id} className="progress-toast" role="status" data-testid="job" data-job={job.job}>
            <span className="job-label">
              {t(`jobs.${job.job}`)}
              {job.progress && job.progress.total > 0 && <> {t('jobs.steps', job.progress)}</>}
              {page && <> · {t('jobs.page', page)}</>}
            </span>
            <progress value={(job.progress?.done ?? 0) + (page ? page.done / page.total : 0)} max={job.progress?.total || 1} aria-label={t(`jobs.${job.job}`)} />
            <button type="button" className="link-button on-dark" onClick={job.cancel} data-testid="job-cancel">{t('jobs.cancel')}</button>
          </div>
        );
      })}
    </div>
  );
}
