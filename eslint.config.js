import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['drizzle/', 'static/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off',
			// Links are localised with paraglide's localizeHref (the /cy prefix) and there is no base path, so
			// $app/paths resolve() would change ~230 links for nothing; what the rule sees also depends on types.
			'svelte/no-navigation-without-resolve': 'off',
			// A leading underscore marks a name kept on purpose (a documented parameter, a field left out of a spread).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			// No `projectService: true` (the sv scaffold has it): no rule here reads types, and building a
			// TypeScript program for every component made `eslint .` take 1 min 45 s of CPU instead of 30 s.
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// CommonJS config files (dependency-cruiser reads them with require).
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		// Browser-side code never imports server code, not even its types. dependency-cruiser
		// (.dependency-cruiser.cjs) checks the resolved graph but reads a .svelte file as compiled, where
		// `import type` is gone; this rule reads the source, so it sees those too.
		files: ['**/*.svelte', 'src/lib/**/*.ts', 'src/routes/**/+page.ts', 'src/routes/**/+layout.ts', 'src/hooks.ts', 'src/params/**/*.ts'],
		ignores: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/server|(\\.\\./)+(lib/)?server)(/|$)',
							message: 'Browser-side code and the pure lib folders do not import $lib/server (move the type or enum to src/lib/<domain>/).'
						},
						{
							regex: '^(\\$lib/|(\\.\\./)+)(src/)?routes(/|$)',
							message: 'Nothing in src/lib imports from src/routes: data walks route → domain → db.'
						}
					]
				}
			]
		}
	}
);
