import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// `npm run build` writes web/dist, which the naober server serves at `/`. `npx vite web` serves the
// pages with hot reload and sends API calls to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
