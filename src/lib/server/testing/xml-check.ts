/** An element as the checker read it: enough for a test to look inside a feed. */
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const decode = (text: string) =>
	text.replace(ENTITY, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[e] ?? String.fromCodePoint(e[2] === 'x' ? parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))));

/** Character data may not hold '<', a bare '&', or a control character XML 1.0 forbids. */
function checkText(text: string, where: string) {
	if (text.includes('<')) throw new Error(`'<' in text near ${where}`);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new Error(`control character near ${where}`);
	if (text.replace(ENTITY, '').includes('&')) throw new Error(`bare '&' near ${where}`);
}

/**
 * A small XML well-formedness check for tests (no DTDs, comments or CDATA: our feed has none):
 * one root, every tag closed in order, attributes quoted and unique, text and attributes
 * escaped. Throws on the first fault; returns the root element otherwise.
 */
export function parseWellFormedXml(xml: string): XmlElement {
	let rest = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
	while (rest.length > 0) {
		const lt = rest.indexOf('<');
		const text = lt === -1 ? rest : rest.slice(0, lt);
		checkText(text, stack.at(-1)?.name ?? 'the top');
		if (stack.length === 0 && text.trim()) throw new Error('text outside the root element');
		if (stack.length > 0) stack.at(-1)!.text += decode(text);
		if (lt === -1) break;
		rest = rest.slice(lt);
		const match = tag.exec(rest);
		if (!match) throw new Error(`malformed tag: ${rest.slice(0, 40)}`);
		rest = rest.slice(match[0].length);
		const [, closing, name, attributeText, selfClosing] = match;
		if (closing) {
			if (attributeText || selfClosing) throw new Error(`malformed closing tag </${name}>`);
			const open = stack.pop();
			if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
			continue;
		}
		if (root && stack.length === 0) throw new Error('a second root element');
		const attributes: Record<string, string> = {};
		for (const [, key, , value] of attributeText.matchAll(new RegExp(`(${NAME})\\s*=\\s*(["'])(.*?)\\2`, 'g'))) {
			if (key in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
			checkText(value, `<${name} ${key}>`);
			attributes[key] = decode(value);
		}
		const element: XmlElement = { name, attributes, children: [], text: '' };
		if (stack.length > 0) stack.at(-1)!.children.push(element);
		else root = element;
		if (!selfClosing) stack.push(element);
	}
	if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
	if (!root) throw new Error('no root element');
	return root;
}
