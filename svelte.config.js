import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SvelteKit's CSRF check stays on: form posts must come from our own origin.
		adapter: adapter({ out: 'build' })
	}
};

export default config;
