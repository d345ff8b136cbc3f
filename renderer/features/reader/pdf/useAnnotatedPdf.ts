import { useCallback, useState } from 'react';
import { ApiError, client } from '../../../api/client.ts';
import { download } from '../../../shared/download.ts';
import { useNotices } from '../../../shared/notices.tsx';

/** Downloads a PDF with its highlights and notes written into it (the core's pdf.annotated job). */
export function useAnnotatedPdf(documentId: string) {
  const { fail } = useNotices();
  const [exporting, setExporting] = useState(false);
  const exportPdf = useCallback(async () => {
    setExporting(true);
    try {
      const outcome = await (await client.runJob('pdf.annotated', { documentId })).outcome;
      if (outcome.state === 'failed') fail(new ApiError(outcome.error!));
      else if (outcome.result) for (const file of outcome.result.files) download(file);
    } catch (error) {
      fail(error);
    } finally {
      setExporting(false);
    }
  }, [documentId, fail]);
  return { exporting, exportPdf };
}
