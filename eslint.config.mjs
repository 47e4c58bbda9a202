import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Next's preset registers the plugin with a handful of rules; we want its full recommended set.
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // lib/zod.ts sets jitless mode before any schema exists; a direct import could build one first.
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "import * as z from '@/lib/zod' (jitless, for the CSP).", allowTypeImports: true }], patterns: [{ group: ['zod/*'], message: "import * as z from '@/lib/zod' (jitless, for the CSP).", allowTypeImports: true }] },
      ],
    },
  },
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'tmp/**'] },
];

export default config;
