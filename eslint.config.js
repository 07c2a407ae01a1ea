import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import tseslint from 'typescript-eslint'

// Layering: views → components / composables / stores → charts and data → domain (the pure bottom layer).
// Components and views name their queries (data/queries, plain SQL builders) and show DataError, but only
// composables and stores run them; data/ knows nothing of Vue, setup or the layers above it.
const above = ['./src/stores', './src/composables', './src/components', './src/views', './src/App.vue']
const zones = [
  {
    target: ['./src/components', './src/views'], from: './src/data', except: ['./queries', './errors.ts'],
    message: 'Components and views reach data/ through a composable or store (useQuery, useQueryOnce).',
  },
  { target: './src/data', from: [...above, './src/setup', './src/charts'], message: 'data/ is below the app: no setup, charts, stores or components.' },
  { target: './src/charts', from: [...above, './src/data'], message: 'charts/ builds on domain/ only; a chart gets its data from its caller.' },
  {
    target: './src/domain', from: [...above, './src/setup', './src/charts', './src/data', './src/import', './src/report'],
    message: 'domain/ is the pure bottom layer (it may read the string tables in locales/).',
  },
]
const layers = (z) => ['error', { zones: z }]
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
  {
    files: ['src/**/*.{ts,vue}'],
    plugins: { 'import-x': importX },
    // The import rules parse each imported file with the importing file's parser options: a .vue file reached from
    // a .ts file needs to be told its <script lang="ts"> is TypeScript.
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json', extensions: ['.ts', '.vue', '.js', '.json'] })],
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.vue', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': layers(zones),
      'import-x/no-cycle': 'error',
    },
  },
  {
    // BaseChart.vue still reads the theme and app state from stores; it is being moved to injection separately.
    files: ['src/charts/BaseChart.vue'],
    rules: { 'import-x/no-restricted-paths': layers(zones.filter((z) => z.target !== './src/charts')) },
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
