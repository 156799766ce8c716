import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	ssr: {
		// PGlite ships WASM and data files that must be loaded from node_modules at run time.
		external: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'nodemailer']
	},
	optimizeDeps: { exclude: ['@electric-sql/pglite'] }
});
