/** One demo proposal; `answers` is a few words of the published challenge it answers, if any. */
export interface DemoProposal {
	title: string;
	summary: string;
	details?: string;
	estimatedCostMinor: number;
	locationText?: string;
	language?: 'en' | 'cy';
	/** The resident who wrote it (for a group's proposal: the member who sent it). */
	author: string;
	group?: string;
	answers?: string;
	daysAgo: number;
	review?: { status: 'under_review' | 'feasible' | 'not_feasible' | 'merged'; reason?: string; reviewedCostMinor?: number; mergedInto?: number };
}

const pounds = (amount: number) => amount * 100;

export const demoProposals: Record<'brookfield' | 'st-elwyns', DemoProposal[]> = {
	brookfield: [
		{
			title: 'Saturday night teen room at the community centre',
			summary: 'Open the big room at the community centre from 6 to 10 on Saturday nights, run by the youth club, with a pool table, music and hot food.',
			details: 'We already run Tuesdays and Thursdays with two volunteers. Saturday is when people get moved on from the parade.\n\nThe money pays a youth worker for 4 hours a week for a year, the caretaker to lock up, and a second-hand pool table.',
			estimatedCostMinor: pounds(4800),
			locationText: 'Community centre, Alder Road',
			author: 'Kai',
			group: 'brookfield-youth-club',
			answers: 'teenagers',
			daysAgo: 11,
			review: { status: 'feasible', reviewedCostMinor: pounds(5200), reason: 'The centre can open on Saturdays. We added £400 for the caretaker’s extra hours, which the youth club had not counted.' }
		},
		{
			title: 'Free tea and chat mornings at the church hall',
			summary: 'A free tea, toast and chat morning every Tuesday and Friday at St Mark’s hall, for anyone who wants company.',
			details: 'The vicar has said yes to the hall. Six of us will take turns to run it. The money is for tea, milk, bread, a new urn and the hall’s heating for a year.',
			estimatedCostMinor: pounds(1900),
			locationText: 'St Mark’s church hall',
			author: 'Margaret',
			answers: 'cuppa',
			daysAgo: 10,
			review: { status: 'feasible', reviewedCostMinor: pounds(1650), reason: 'The hall’s heating is already paid for on weekday mornings, so the cost is lower than asked.' }
		},
		{
			title: 'Covered shelter with lights by the skate ramp',
			summary: 'A roofed shelter with benches and solar lights next to the skate ramp, so there is somewhere dry to be in the evenings.',
			estimatedCostMinor: pounds(18500),
			locationText: 'Brookfield recreation ground',
			author: 'Kai',
			group: 'brookfield-youth-club',
			answers: 'teenagers',
			daysAgo: 9
		},
		{
			title: 'Benches and a picnic table along the brook path',
			summary: 'Four benches and a picnic table on the path by the brook, so older neighbours can rest on the way to the shops.',
			estimatedCostMinor: pounds(3200),
			locationText: 'Brook path, between the school and the parade',
			author: 'Dev',
			daysAgo: 9,
			review: {
				status: 'not_feasible',
				reason: 'The brook path floods most winters, and the Environment Agency will not allow fixed furniture this close to the bank. We have passed the idea to the parks team for the rec instead.'
			}
		},
		{
			title: 'Warm space and repair café at the church hall',
			summary: 'A warm place to sit on weekday mornings, with a monthly repair café for clothes, toasters and bikes.',
			estimatedCostMinor: pounds(2400),
			locationText: 'St Mark’s church hall',
			author: 'Sue',
			answers: 'cuppa',
			daysAgo: 8,
			review: { status: 'merged', mergedInto: 2, reason: 'Same hall, same mornings: Sue and Margaret have agreed to run them together, so this joins proposal 2.' }
		},
		{
			title: 'Pop-up youth café in the empty shop on the parade',
			summary: 'Rent the empty unit at 4 Alder Road Parade for six months as a youth café run by young people, open after school.',
			estimatedCostMinor: pounds(9500),
			locationText: '4 Alder Road Parade',
			author: 'Kai',
			group: 'brookfield-youth-club',
			daysAgo: 6
		},
		{
			title: 'Free stay-and-play for babies and toddlers on Wednesdays',
			summary: 'A free stay-and-play morning at the community centre for parents and carers with children under four.',
			estimatedCostMinor: pounds(2100),
			locationText: 'Community centre, Alder Road',
			author: 'Aisha',
			answers: 'cuppa',
			daysAgo: 4
		},
		{
			title: 'Knit-and-natter kit and a lending shelf',
			summary: 'Wool, needles and a lockable shelf of books and games, so the weekend sessions at the centre have something to start with.',
			estimatedCostMinor: pounds(650),
			author: 'Pat',
			answers: 'weekends',
			daysAgo: 2
		}
	],
	'st-elwyns': [
		{
			title: 'Clwb ieuenctid nos Wener yn y llyfrgell',
			summary: 'Agor y llyfrgell ar nos Wener i bobl ifanc 12 i 18 oed, gyda gemau, ffilmiau a bwyd, yn Gymraeg ac yn Saesneg.',
			estimatedCostMinor: pounds(6200),
			locationText: 'Llyfrgell y ddinas',
			language: 'cy',
			author: 'Ffion',
			daysAgo: 45,
			review: { status: 'feasible', reviewedCostMinor: pounds(6500), reason: 'Mae’r llyfrgell yn cytuno. Rydym wedi ychwanegu cost gofalwr ar gyfer y nosweithiau hwyr.' }
		},
		{
			title: 'Skate and scooter park on the old bowling green',
			summary: 'A small concrete skate and scooter park on the disused bowling green behind the leisure centre.',
			estimatedCostMinor: pounds(24000),
			locationText: 'Old bowling green, Heol y Porth',
			author: 'Rhys',
			daysAgo: 44,
			review: { status: 'feasible', reviewedCostMinor: pounds(26500), reason: 'The council owns the green and agrees. A ground survey added £2,500 for drainage.' }
		},
		{
			title: 'Gwersi gitâr a stiwdio recordio fach',
			summary: 'Gwersi gitâr am ddim bob wythnos a stiwdio recordio fach yn ystafell gefn y neuadd goffa.',
			estimatedCostMinor: pounds(7800),
			locationText: 'Neuadd Goffa',
			language: 'cy',
			author: 'Gwen',
			daysAgo: 42,
			review: { status: 'feasible', reviewedCostMinor: pounds(7400), reason: 'Mae’r neuadd eisoes wedi’i hinswleiddio, felly mae’r gost yn is na’r amcangyfrif.' }
		},
		{
			title: 'Late bus home from town on Saturday nights',
			summary: 'One extra bus at 11pm on Saturdays from the town centre back to St Elwyn’s, for a year, so young people can go out and get home safely.',
			estimatedCostMinor: pounds(12000),
			author: 'Owain',
			daysAgo: 41,
			review: { status: 'feasible', reviewedCostMinor: pounds(11200), reason: 'The bus company quoted £11,200 for 52 Saturdays.' }
		},
		{
			title: 'Sesiynau syrffio i bobl ifanc dros yr haf',
			summary: 'Deg sesiwn syrffio am ddim ar draeth Porth Elwyn dros wyliau’r haf, gyda hyfforddwyr lleol a gwisgoedd gwlyb.',
			estimatedCostMinor: pounds(5400),
			locationText: 'Traeth Porth Elwyn',
			language: 'cy',
			author: 'Ffion',
			daysAgo: 40,
			review: { status: 'feasible', reviewedCostMinor: pounds(5900), reason: 'Mae’r ysgol syrffio yn cytuno; rydym wedi ychwanegu cost yswiriant.' }
		},
		{
			title: 'Paid summer jobs in the cathedral gardens',
			summary: 'Six paid summer jobs for 16 to 18 year olds looking after the cathedral gardens and showing visitors round.',
			estimatedCostMinor: pounds(9600),
			locationText: 'Cathedral close',
			author: 'Rhys',
			daysAgo: 38,
			review: { status: 'feasible', reviewedCostMinor: pounds(9600), reason: 'The cathedral will supervise and pay the employer’s costs; the cost stays as asked.' }
		},
		{
			title: 'Wi-fi a gwefru ffonau yn y cysgodfan bws',
			summary: 'Wi-fi am ddim a phwyntiau gwefru ffonau yn y cysgodfan bws ar y sgwâr, lle mae pobl ifanc yn cwrdd.',
			estimatedCostMinor: pounds(3100),
			locationText: 'Y sgwâr',
			language: 'cy',
			author: 'Gwen',
			daysAgo: 36,
			review: { status: 'feasible', reviewedCostMinor: pounds(3800), reason: 'Mae angen cyflenwad trydan newydd i’r cysgodfan, felly mae’r gost yn uwch.' }
		}
	]
};
