// ESLint for the project's browser JavaScript: the tablet app and the venue server's pages (npm run lint).
import js from '@eslint/js';
import globals from 'globals';

export default [
  // The vendored libraries are other projects' code; bin/ and obj/ hold build copies of ours.
  { ignores: ['**/wwwroot/vendor/', '**/bin/', '**/obj/', 'artifacts/', 'data/'] },
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser },
    rules: {
      eqeqeq: 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      'no-shadow': 'error',
      'object-shorthand': 'error',
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  { files: ['*.js'], languageOptions: { globals: globals.node } },
];
