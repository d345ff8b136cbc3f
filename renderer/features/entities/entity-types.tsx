import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

interface EntityTypesValue {
  types: EntityType[];
  /** The type's name in the reader's language (built-in types), or the name the reader gave it. */
  label(code: string): string;
  color(code: string): string;
  reload(): void;
}

const EntityTypesContext = createContext<EntityTypesValue>({ types: [], label: (c) => c, color: () => '#888888', reload: () => {} });

/**
 * The second cue besides colour, so that no two types look alike (and none like a highlight): each type's underline
 * style. Types sharing a style have hues far apart; the reader's own types take the styles in turn.
 */
const UNDERLINES: Record<string, string> = { PER: 'solid', ORG: 'double', LOC: 'wavy', MONEY: 'dotted', PERCENT: 'dotted', DATE: 'solid', MISC: 'double' };
const CYCLE = ['solid', 'double', 'wavy', 'dotted'];

/**
 * Each type's look over the text, as highlight styles made from its colour: `ent-CODE` for a tagged mention (its
 * type's underline over a neutral wash, the same for every type, so that no mention reads as a coloured highlight),
 * `sug-CODE` for a suggestion (a thin dashed underline, no wash; not printed), and `.type-sample` showing the underline in lists.
 * A constructed style sheet, which the page's CSP allows (it loads nothing and runs nothing).
 */
function typeStyles(types: EntityType[]): string {
  return types.map(({ code, color }, i) => {
    const line = UNDERLINES[code] ?? CYCLE[i % CYCLE.length];
    const thickness = line === 'double' ? 3 : 2;
    return `
    ::highlight(ent-${code}) { background-color: rgb(100 116 139 / 0.16); text-decoration: underline ${line} ${thickness}px ${color}; text-underline-offset: 3px; }
    :root[data-theme='dark'] ::highlight(ent-${code}) { background-color: rgb(226 232 240 / 0.12); }
    ::highlight(sug-${code}) { text-decoration: underline dashed 1.5px ${color}; text-underline-offset: 4px; }
    @media print { ::highlight(sug-${code}) { text-decoration: none; } }
    .type-${code} { --type-color: ${color}; }
    .type-${code} .type-sample { text-decoration: underline ${line} ${thickness}px ${color}; text-underline-offset: 3px; }`;
  }).join('\n');
}

export function EntityTypesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [types, setTypes] = useState<EntityType[]>([]);
  const reload = useCallback(() => void client.call('entities.types', {}).then(setTypes), []);
  useEffect(reload, [reload]);
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(typeStyles(types));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [types]);
  const value = useMemo<EntityTypesValue>(() => {
    const byCode = new Map(types.map((type) => [type.code, type]));
    return {
      types,
      label: (code) => {
        const type = byCode.get(code);
        return type?.builtin ? t(`entities.types.${code}`) : (type?.label ?? code);
      },
      color: (code) => byCode.get(code)?.color ?? '#888888',
      reload,
    };
  }, [types, t, reload]);
  return <EntityTypesContext.Provider value={value}>{children}</EntityTypesContext.Provider>;
}

export function useEntityTypes(): EntityTypesValue {
  return useContext(EntityTypesContext);
}
