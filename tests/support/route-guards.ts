import ts from 'typescript';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const GUARDS = ['authorize', 'allowAnonymous'];

export interface UnguardedMutation {
	file: string;
	name: string;
	problem: 'no_guard' | 'not_inline';
}

/**
 * Finds the mutations in a route file (form actions in +page.server.ts, POST/PUT/PATCH/DELETE in
 * +server.ts) whose bodies never call `authorize(...)` or `allowAnonymous(...)`. Actions must be
 * written inline so the guard can be seen where the action is.
 */
export function findUnguardedMutations(file: string, source: string): UnguardedMutation[] {
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const found: UnguardedMutation[] = [];
	const check = (name: string, body: ts.Node | undefined) => {
		if (!body || !(ts.isFunctionLike(body) || ts.isArrowFunction(body) || ts.isFunctionExpression(body))) {
			found.push({ file, name, problem: 'not_inline' });
		} else if (!callsGuard(body)) {
			found.push({ file, name, problem: 'no_guard' });
		}
	};

	for (const statement of sf.statements) {
		const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		if (ts.isVariableStatement(statement)) {
			for (const decl of statement.declarationList.declarations) {
				const name = decl.name.getText(sf);
				const init = unwrap(decl.initializer);
				if (name === 'actions' && file.endsWith('+page.server.ts')) {
					if (!init || !ts.isObjectLiteralExpression(init)) {
						found.push({ file, name: 'actions', problem: 'not_inline' });
						continue;
					}
					for (const prop of init.properties) {
						const propName = prop.name?.getText(sf) ?? '?';
						if (ts.isMethodDeclaration(prop)) check(propName, prop);
						else if (ts.isPropertyAssignment(prop)) check(propName, unwrap(prop.initializer));
						else found.push({ file, name: propName, problem: 'not_inline' });
					}
				} else if (MUTATING.has(name) && file.endsWith('+server.ts')) {
					check(name, init);
				}
			}
		} else if (ts.isFunctionDeclaration(statement) && statement.name && MUTATING.has(statement.name.text) && file.endsWith('+server.ts')) {
			check(statement.name.text, statement);
		} else if (ts.isExportDeclaration(statement) && file.endsWith('+server.ts')) {
			// `export { POST } from …` hides the body from review.
			const names = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map((e) => e.name.text) : [];
			for (const name of names) if (MUTATING.has(name) || name === 'fallback') found.push({ file, name, problem: 'not_inline' });
		}
	}
	return found;
}

function unwrap(node: ts.Expression | undefined): ts.Expression | undefined {
	while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
	return node;
}

function callsGuard(node: ts.Node): boolean {
	let hit = false;
	const visit = (n: ts.Node) => {
		if (hit) return;
		if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && GUARDS.includes(n.expression.text)) hit = true;
		else ts.forEachChild(n, visit);
	};
	visit(node);
	return hit;
}

export interface FormMutation {
	/** The route path with its [params], e.g. /places/[place]/team */
	route: string;
	action: string;
	/** Declared open to anyone with allowAnonymous(...). */
	publicByDesign: boolean;
}

/** Every form action of every +page.server.ts, for tests that try them all as the wrong person. */
export function listFormMutations(routesDir: string, files: { path: string; source: string }[]): FormMutation[] {
	const found: FormMutation[] = [];
	for (const { path, source } of files) {
		if (!path.endsWith('+page.server.ts')) continue;
		const route = '/' + path.slice(routesDir.length + 1).replace(/\[(\w+)=\w+\]/g, '[$1]').replace(/\/?\+page\.server\.ts$/, '').replace(/\([^)]+\)\//g, '');
		const sf = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
		ts.forEachChild(sf, (node) => {
			if (!ts.isVariableStatement(node)) return;
			for (const decl of node.declarationList.declarations) {
				const init = unwrap(decl.initializer);
				if (decl.name.getText(sf) !== 'actions' || !init || !ts.isObjectLiteralExpression(init)) continue;
				for (const prop of init.properties) {
					const text = prop.getText(sf);
					found.push({ route: route === '/' ? '/' : route.replace(/\/$/, ''), action: prop.name?.getText(sf) ?? '?', publicByDesign: /\ballowAnonymous\(/.test(text) });
				}
			}
		});
	}
	return found;
}
