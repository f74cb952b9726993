import ts from 'typescript';

export interface DirectFormRead {
	file: string;
	line: number;
}

/**
 * Where a route file reads a request body as a form itself (`request.formData()`, however the
 * request is named) instead of through readForm/readFormEntries/readFormWithFiles, which answer a
 * body that is not a readable form with a 400 rather than a 500.
 */
export function findDirectFormReads(file: string, source: string): DirectFormRead[] {
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const found: DirectFormRead[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isCallExpression(node)) {
			const callee = node.expression;
			const name = ts.isPropertyAccessExpression(callee) || ts.isPropertyAccessChain(callee) ? callee.name.text : ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression) ? callee.argumentExpression.text : null;
			if (name === 'formData') found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return found;
}
