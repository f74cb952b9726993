import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Browser-test runs build into their own folders (playwright.config.ts), so two runs never mix.
		adapter: adapter({ out: process.env.PLACECRAFT_BUILD_DIR ?? 'build' }),
		outDir: process.env.PLACECRAFT_KIT_DIR ?? '.svelte-kit',
		// Our own Origin check (src/lib/server/platform/hooks/handle-origin-check.ts) replaces SvelteKit's, which
		// would refuse every form on plain-http addresses such as the demo or a workshop laptop.
		csrf: { trustedOrigins: ['*'] },
		// Scripts and styles only from our own origin; SvelteKit hashes its inline bootstrap script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
