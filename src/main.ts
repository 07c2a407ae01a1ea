import './setup/boot'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './setup/router'
import { i18n } from './setup/i18n'
import './styles.css'

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
