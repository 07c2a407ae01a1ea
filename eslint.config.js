import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

// House rules for layering (STYLE.md): views → stores/composables/components/charts → domain → data.
const duckdb = { group: ['@duckdb/*'], message: 'Only src/data may import DuckDB.' }
const echartsInit = {
  name: 'echarts/core',
  importNames: ['init', 'getInstanceByDom', 'connect'],
  message: 'Only src/charts/BaseChart.vue (and its export, charts/base/export.ts) owns an ECharts instance.',
}
// NCard's header carries role="heading" without a level: UcCard is the one place that repairs it.
const ncard = { name: 'naive-ui', importNames: ['NCard'], message: 'Use components/UcCard.vue (an accessible card header).' }
const vueWorld = { group: ['vue', 'pinia', 'vue-router', 'vue-i18n', 'naive-ui', '@vueuse/*'], message: 'domain/ and data/ are plain TypeScript, no Vue.' }
const restrict = (patterns, paths = [echartsInit]) => ['error', { patterns, paths }]

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
      // User-facing strings never reach the DOM as HTML.
      'vue/no-v-html': 'error',
      'no-restricted-imports': restrict([duckdb], [echartsInit, ncard]),
    },
  },
  { files: ['src/components/UcCard.vue'], rules: { 'no-restricted-imports': restrict([duckdb]) } },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': restrict([duckdb, vueWorld, { group: ['**/data/*', '**/stores/*', 'echarts', 'echarts/*'], message: 'domain/ is pure logic.' }]) },
  },
  {
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': restrict([vueWorld, { group: ['**/stores/*', '**/components/*', '**/views/*', '**/charts/*'], message: 'data/ is the bottom layer.' }]) },
  },
  // BaseChart and its off-screen export (PNG for documents, SVG for slides) create ECharts instances.
  { files: ['src/charts/BaseChart.vue', 'src/charts/base/export.ts'], rules: { 'no-restricted-imports': restrict([duckdb], []) } },
  {
    // Tests poke into ECharts option objects whose full types add nothing to the assertion.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['scripts/**', 'tests/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Specs take test and expect from support.ts, whose fixtures throttle the CPU when E2E_CPU_THROTTLE is set.
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', allowTypeImports: true, message: "Import test and expect from './support'." }] }],
    },
  },
)
