import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const backend = 'http://localhost:8080'

export default defineConfig({
  base: '/',
  plugins: [vue()],
  build: {
    // Spring Boot serves the built UI from classpath:/static.
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
})
