// ESLint 9 flat config. Syntax-level rules only (no type-aware rules: they would double the CI time;
// `npm run typecheck` is what checks types).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createRequire } from 'node:module';

// A module uses only the services of the modules registered before it in server/src/modules/index.ts
// (dependency-cruiser checks the imports; this checks `ctx.services.<later module>`, which needs no import).
const { moduleOrder } = createRequire(import.meta.url)('./.ci/module-order.cjs');
const order = moduleOrder();
const onlyEarlierServices = order.slice(0, -1).map((name, i) => {
  const later = order.slice(i + 1).join('|');
  const message = `${name} is registered before ${later.replaceAll('|', ', ')} (server/src/modules/index.ts): it may not use their services; let the later module register a hook in ${name} instead.`;
  return {
    files: [`server/src/modules/${name}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `MemberExpression[object.property.name='services'][property.name=/^(${later})$/]`, message },
        { selector: `MemberExpression[object.name='services'][property.name=/^(${later})$/]`, message },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'web/dist/', 'server/dist/', 'dist/', 'data/', 'bench/out/', 'coverage/', 'server/migrations/'],
  },
  {
    files: ['server/**/*.ts', 'web/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts', '*.ts', '*.js', 'bin/**/*.js', 'server/*.mjs', '.ci/**/*.mjs'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // A few of eslint:recommended's core rules that catch real mistakes.
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-self-compare': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-cond-assign': ['error', 'except-parens'],
      'no-constant-binary-expression': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-fallthrough': 'error',
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      eqeqeq: ['error', 'smart'],
      // Pragmatic TypeScript rules.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/consistent-type-imports': ['warn', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // React: the two classic hook rules only (the React Compiler rules of the plugin's presets are slow and strict).
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Writes go through web/src/app/mutation.ts: a write ends with the server's answer (no late form reset).
    files: ['web/src/features/**/*.{ts,tsx}', 'web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@tanstack/react-query', importNames: ['useMutation'], message: "Use useMutation from web/src/app/mutation.ts: a write ends with the server's answer, the lists refetch after." }] },
      ],
    },
  },
  ...onlyEarlierServices,
);
