/*
 * Simple flat pictures for the demo, drawn as SVG (no image files in the repository, no text so no
 * fonts are needed). Drawn on 960 × 640 and rendered at 720 × 480: plenty for the demo, and quick
 * to seed. The seed sends them through the same processing as uploads.
 */

const W = 960;
const H = 640;
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480" viewBox="0 0 ${W} ${H}">${body}</svg>`;

const tree = (x: number, y: number, scale = 1, leaf = '#4f8f4a') =>
	`<rect x="${x - 10 * scale}" y="${y - 40 * scale}" width="${20 * scale}" height="${90 * scale}" fill="#6b4a2b"/>` +
	`<circle cx="${x}" cy="${y - 90 * scale}" r="${70 * scale}" fill="${leaf}"/><circle cx="${x - 50 * scale}" cy="${y - 50 * scale}" r="${50 * scale}" fill="${leaf}"/><circle cx="${x + 50 * scale}" cy="${y - 55 * scale}" r="${48 * scale}" fill="${leaf}"/>`;

/** A wooden bench beside a path across a sunny green, a tree behind it. */
export const parkBench = svg(
	`<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfe0f4"/><stop offset="1" stop-color="#eef7fc"/></linearGradient></defs>` +
		`<rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="800" cy="110" r="55" fill="#ffd86b"/>` +
		`<rect y="360" width="${W}" height="280" fill="#86bf6f"/>` +
		`<path d="M430 640 C 470 520 560 440 700 360 L 760 360 C 640 450 580 530 560 640 Z" fill="#e3d3a8"/>` +
		tree(220, 360, 1.3) +
		`<g fill="#8a5a2b"><rect x="300" y="420" width="240" height="16" rx="3"/><rect x="300" y="442" width="240" height="16" rx="3"/>` +
		`<rect x="300" y="370" width="240" height="14" rx="3"/><rect x="300" y="392" width="240" height="14" rx="3"/></g>` +
		`<g fill="#3d3d3d"><rect x="315" y="458" width="12" height="50"/><rect x="513" y="458" width="12" height="50"/><rect x="315" y="370" width="10" height="90"/><rect x="515" y="370" width="10" height="90"/></g>`
);

/** The path across the green after dark: tower blocks with lit windows, and no lamps. */
export const darkPath = svg(
	`<rect width="${W}" height="${H}" fill="#1f2b4d"/><circle cx="760" cy="100" r="36" fill="#f3efd6"/>` +
		`<g fill="#2c3a61"><rect x="60" y="120" width="150" height="300"/><rect x="250" y="170" width="130" height="250"/><rect x="640" y="200" width="170" height="220"/></g>` +
		`<g fill="#ffd66e">${[0, 1, 2, 3, 4, 5]
			.flatMap((row) => [0, 1, 2].map((col) => ((row + col) % 2 === 0 ? `<rect x="${80 + col * 45}" y="${145 + row * 45}" width="22" height="22"/>` : '')))
			.join('')}<rect x="280" y="200" width="20" height="20"/><rect x="330" y="290" width="20" height="20"/><rect x="670" y="240" width="24" height="20"/><rect x="760" y="330" width="24" height="20"/></g>` +
		`<rect y="420" width="${W}" height="220" fill="#243d31"/>` +
		`<path d="M380 640 C 420 560 470 480 520 420 L 560 420 C 540 480 530 560 560 640 Z" fill="#4a4f52"/>`
);

/** The tenants' gazebo with a table and bunting on the green. */
export const gazebo = svg(
	`<rect width="${W}" height="${H}" fill="#d8ecf7"/><rect y="400" width="${W}" height="240" fill="#8cc277"/>` +
		`<path d="M250 210 L 480 120 L 710 210 Z" fill="#f6f6f2" stroke="#c9c9c0" stroke-width="4"/>` +
		`<rect x="250" y="210" width="460" height="30" fill="#e4483f"/>` +
		`<g fill="#9a9a94"><rect x="262" y="240" width="10" height="210"/><rect x="688" y="240" width="10" height="210"/></g>` +
		`<rect x="330" y="360" width="300" height="18" fill="#f2f2f2"/><g fill="#8d8d8d"><rect x="345" y="378" width="8" height="70"/><rect x="607" y="378" width="8" height="70"/></g>` +
		`<g fill="#f29d38"><circle cx="400" cy="345" r="14"/><circle cx="440" cy="345" r="14"/></g><rect x="500" y="318" width="60" height="42" fill="#4b7bd1"/>` +
		`<path d="M40 120 Q 250 190 250 190" stroke="#555" stroke-width="2" fill="none"/>` +
		[0, 1, 2, 3, 4].map((i) => `<path d="M${70 + i * 36} ${130 + i * 12} l 24 8 l -14 26 Z" fill="${['#e4483f', '#f2c23a', '#3e9ad6', '#52b05b', '#a65ec4'][i]}"/>`).join('') +
		tree(850, 400, 0.9)
);

/** A picnic table and a bench by a brook, with reeds. */
export const picnicTable = svg(
	`<rect width="${W}" height="${H}" fill="#cde7f0"/><rect y="300" width="${W}" height="340" fill="#7fb868"/>` +
		`<path d="M0 470 C 200 430 340 520 520 480 C 700 440 820 500 960 470 L 960 560 C 800 590 700 520 520 570 C 340 620 180 520 0 560 Z" fill="#5ea3d6"/>` +
		`<path d="M80 520 C 250 500 330 540 480 525" stroke="#a9d3ee" stroke-width="6" fill="none"/>` +
		tree(140, 300, 1, '#5c9b52') +
		`<g fill="#9b6a3a"><rect x="420" y="300" width="300" height="20"/><rect x="380" y="355" width="380" height="14"/></g>` +
		`<g stroke="#7a5230" stroke-width="14"><path d="M470 320 L 440 420"/><path d="M470 320 L 500 420"/><path d="M670 320 L 640 420"/><path d="M670 320 L 700 420"/></g>` +
		`<g stroke="#4e7f3a" stroke-width="6">${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M${800 + i * 18} 500 L ${790 + i * 20} ${400 + (i % 3) * 20}"/>`).join('')}</g>`
);

/** A red-brick church hall with warm lit windows and an open door. */
export const churchHall = svg(
	`<rect width="${W}" height="${H}" fill="#e9eef3"/><rect y="470" width="${W}" height="170" fill="#9cc58a"/>` +
		`<path d="M210 260 L 480 110 L 750 260 Z" fill="#5b5f6b"/><rect x="230" y="260" width="500" height="220" fill="#b5553c"/>` +
		`<rect x="450" y="40" width="60" height="90" fill="#b5553c"/><path d="M440 40 L 480 0 L 520 40 Z" fill="#5b5f6b"/>` +
		`<g fill="#ffd978"><rect x="270" y="300" width="60" height="90" rx="30"/><rect x="360" y="300" width="60" height="90" rx="30"/><rect x="540" y="300" width="60" height="90" rx="30"/><rect x="630" y="300" width="60" height="90" rx="30"/></g>` +
		`<rect x="445" y="370" width="70" height="110" fill="#3b2a20"/><rect x="452" y="378" width="56" height="102" fill="#ffcf6a"/>` +
		`<rect x="430" y="480" width="100" height="160" fill="#d9cfb8"/>` +
		tree(830, 470, 0.8) +
		tree(110, 470, 0.7)
);
