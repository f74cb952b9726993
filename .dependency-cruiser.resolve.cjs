// How dependency-cruiser resolves SvelteKit's $lib alias. The generated .svelte-kit/tsconfig.json holds
// it relative to its own folder, which dependency-cruiser's tsconfig-paths resolver reads from the root.
const path = require('node:path');

module.exports = { resolve: { alias: { $lib: path.resolve(__dirname, 'src/lib') } } };
