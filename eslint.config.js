import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'data/**', 'bench/results/**', '**/*.tmp.*'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'off',
      // House rule: user-facing strings never reach the DOM as HTML.
      'vue/no-v-html': 'error',
      // House rule: only src/data knows DuckDB.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@duckdb/*'], message: 'Only src/data may import DuckDB.' }] }],
    },
  },
  {
    // Tests poke into ECharts option objects whose full types add nothing to the assertion.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/data/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
