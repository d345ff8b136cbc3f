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
 * Each type's look over the text, as highlight styles made from its colour: `ent-CODE` for a tagged mention (a solid
 * underline on a light wash), `sug-CODE` for a suggestion (dashed). A constructed style sheet, which the page's CSP
 * allows (it loads nothing and runs nothing).
 */
function typeStyles(types: EntityType[]): string {
  return types.map(({ code, color }) => `
    ::highlight(ent-${code}) { background-color: ${color}26; text-decoration: underline 2px ${color}; text-underline-offset: 3px; }
    ::highlight(sug-${code}) { text-decoration: underline dashed 2px ${color}; text-underline-offset: 3px; }
    .type-${code} { --type-color: ${color}; }`).join('\n');
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
