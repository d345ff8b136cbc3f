// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The core runs anywhere Node runs: never Electron, React or the DOM.
    files: ['app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'app/ is the core: it must not depend on Electron.' },
          { name: 'react', message: 'app/ is the core: it must not depend on React.' },
          { name: 'react-dom', message: 'app/ is the core: it must not depend on React.' },
        ],
        patterns: [{ group: ['**/renderer/**', '**/main/**'], message: 'app/ must not import the shells.' }],
      }],
    },
  },
  {
    // The page reaches the core only through the API; from app/ it may import types of the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer has no Electron: use the API client.' }],
        patterns: [
          { regex: '(^|/)app/(?!contract/shared/)', allowTypeImports: true, message: 'Reach the core through renderer/api (types of app/contract, values of app/contract/shared only).' },
          { group: ['node:*'], message: 'No Node in the renderer.' },
        ],
      }],
    },
  },
);
