import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection, DocumentDetails, DocumentFull } from '../../../app/contract/index.ts';
import { CITATION_KINDS, type CitationKind } from '../../../app/contract/shared/citation-kinds.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { client, toErrorShape } from '../../api/client.ts';
import { FormDialog } from '../../shared/FormDialog.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { announceDocumentChange } from '../reader/useDocument.ts';

interface Props {
  id: string;
  onSaved(): void;
  onClose(): void;
}

type Field = Exclude<keyof DocumentDetails, 'kind'>;
const FIELDS: Field[] = ['title', 'source', 'author', 'published', 'place', 'language', 'url', 'section'];
const TYPES: Partial<Record<Field, string>> = { url: 'url' };

/** What the core would refuse, said in the reader's language before anything is sent. */
const CHECKS: Partial<Record<Field, (value: string) => boolean>> = {
  published: (v) => /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/.test(v),
  language: (v) => /^[a-z]{2,3}$/.test(v),
  url: (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
};

/** Splits "a, b; c" into tags. */
const tagsOf = (text: string): string[] => [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];

/**
 * An article's details as the reader corrects them (title, source, authors, date, place, language, address), its
 * tags and its collections. Only what changed is saved.
 */
export function DetailsDialog({ id, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { fail, notify } = useNotices();
  const { language } = useSettings();
  const [doc, setDoc] = useState<DocumentFull | null>(null);
  const [values, setValues] = useState<Record<Field, string>>({ title: '', source: '', author: '', published: '', place: '', language: '', url: '', section: '' });
  const [kind, setKind] = useState<CitationKind | ''>('');
  const [tags, setTags] = useState('');
  const [collections, setCollections] = useState<Collection[]>([]);
  const [inside, setInside] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Loaded once per article: the form is not reset while the reader types, whatever re-renders around it.
  const closeRef = useRef(onClose);
  const titleInput = useRef<HTMLInputElement>(null);
  // The fields wait for the details (keys typed earlier would be overwritten by them); once in, the title is
  // focused and selected: typing replaces it.
  useEffect(() => {
    if (!doc) return;
    titleInput.current?.focus();
    titleInput.current?.select();
  }, [doc]);
  closeRef.current = onClose;
  useEffect(() => {
    void Promise.all([client.call('documents.get', { id }), client.call('collections.list', {})]).then(([full, list]) => {
      setDoc(full);
      setValues(Object.fromEntries(FIELDS.map((f) => [f, (full[f] as string | null) ?? ''])) as Record<Field, string>);
      setTags(full.tags.join(', '));
      setKind(full.kind ?? '');
      setCollections(list);
      setInside(new Set(full.collectionIds));
    }, (error: unknown) => (fail(error), closeRef.current()));
  }, [id, fail]);

  const save = async () => {
    if (!doc) return;
    const wrong = FIELDS.find((f) => values[f].trim() !== '' && CHECKS[f] && !CHECKS[f]!(values[f].trim()));
    if (wrong) return setProblem(t(`details.invalid.${wrong}`));
    setBusy(true);
    setProblem(null);
    try {
      const changed = Object.fromEntries(FIELDS.filter((f) => values[f].trim() !== ((doc[f] as string | null) ?? ''))
        .map((f) => [f, values[f].trim() === '' && f !== 'title' ? null : values[f].trim()]));
      if (kind !== (doc.kind ?? '')) changed.kind = kind || null;
      if (Object.keys(changed).length > 0) await client.call('documents.update', { id: doc.id, ...changed });
      const wanted = tagsOf(tags);
      const lower = (list: string[]) => new Set(list.map((x) => x.toLocaleLowerCase()));
      const add = wanted.filter((x) => !lower(doc.tags).has(x.toLocaleLowerCase()));
      const remove = doc.tags.filter((x) => !lower(wanted).has(x.toLocaleLowerCase()));
      if (add.length || remove.length) await client.call('documents.tag', { ids: [doc.id], add, remove });
      for (const c of collections) {
        const was = doc.collectionIds.includes(c.id);
        if (was !== inside.has(c.id)) await client.call('collections.file', { id: c.id, documentIds: [doc.id], inside: inside.has(c.id) });
      }
      announceDocumentChange(doc.id);
      notify(t('details.saved'));
      onSaved();
      onClose();
    } catch (error) {
      // A value the contract refuses (a date, an address) is said beside the form, which stays open.
      setProblem(formatError(language, toErrorShape(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog title={t('details.title')} submitLabel={t('annotations.save')} cancelLabel={t('annotations.cancel')} busy={busy || !doc || !values.title.trim()} onSubmit={() => void save()} onCancel={onClose} testId="details-dialog">
      <div className="details-grid">
        {FIELDS.map((field, i) => (
          <label key={field} className={`field field-${field}`}>
            <span>{t(`details.fields.${field}`)}</span>
            <input
              type={TYPES[field] ?? 'text'}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              placeholder={t(`details.placeholders.${field}`, { defaultValue: '' })}
              disabled={!doc}
              ref={i === 0 ? titleInput : undefined}
              required={field === 'title'}
              data-testid={`details-${field}`}
            />
          </label>
        ))}
        <label className="field field-kind">
          <span>{t('details.fields.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as CitationKind | '')} data-testid="details-kind">
            <option value="">{t('details.kinds.unknown')}</option>
            {CITATION_KINDS.map((k) => <option key={k} value={k}>{t(`details.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="field field-tags">
          <span>{t('details.fields.tags')}</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('details.placeholders.tags')} data-testid="details-tags" />
        </label>
      </div>
      {collections.length > 0 && (
        <fieldset className="details-collections">
          <legend>{t('details.fields.collections')}</legend>
          {collections.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={inside.has(c.id)} onChange={(e) => setInside((s) => { const next = new Set(s); if (e.target.checked) next.add(c.id); else next.delete(c.id); return next; })} />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      {problem && <p className="export-message bad" role="alert" data-testid="details-problem">{problem}</p>}
    </FormDialog>
  );
}
