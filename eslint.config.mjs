import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'samples/**',
      'taizhang-demo/**',
      'test-output/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // f(...array) puts every element on the call stack: past ~125,000 elements it throws "Maximum call stack size
    // exceeded". Data-sized arrays (rows, cells, issues) must never be spread into a call.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
          message: 'Math.min/max(...array) overflows the stack on large arrays: use a loop or reduce.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint|concat)$/] > SpreadElement',
          message:
            'push(...array) and the like overflow the stack on large arrays: use a loop (for (const x of xs) a.push(x)).',
        },
      ],
    },
  },
  {
    // A function longer than a screen does more than one thing: split it by meaning (a hook per concern, a
    // component per card, a function per sheet section). Tests and benches are exempt.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'scripts/**/*.ts', 'scripts/**/*.js', 'bin/**/*.js'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The reader runs in the task pane's browser too: no Node APIs, no ExcelJS.
    files: ['src/xlsx/read/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process', 'exceljs'] },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The core is pure TypeScript: no Office.js, no DOM, no Node APIs, no file libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'os',
            'child_process',
            'exceljs',
            'react',
            'react-dom',
            '@fluentui/*',
            '../../excel/*',
            '../../xlsx/*',
            '../../taskpane/*',
            '../../cli/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
