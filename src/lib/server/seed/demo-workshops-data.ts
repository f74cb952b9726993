import type { PhaseKind } from '../../cycles/phase-kinds';
import type { WorkshopActivityKind, WorkshopStatus } from '../../workshops/workshop-kinds';

/** An idea's author: a participant by key (`p0` is the first in `participants`), or a paper note typed by the facilitator. */
type DemoAuthor = `p${number}` | 'paper';

export interface DemoWorkshop {
	joinCode: string;
	title: string;
	venue: string;
	phaseKind: PhaseKind;
	status: WorkshopStatus;
	currentPosition: number | null;
	attendance: { attendanceTotal: number | null; attendanceUnder25: number | null; attendanceOver65: number | null };
	/** Display names; '' is someone who gave no name. */
	participants: string[];
	themes?: string[];
	ideas: { body: string; by: DemoAuthor; theme?: string; postKind?: 'need' | 'asset' }[];
	activities: {
		kind: WorkshopActivityKind;
		prompt: string;
		dotsPerPerson?: number;
		/** Dots by participant key → { idea index: dots }. */
		dots?: Record<string, Record<number, number>>;
		options?: string[];
		/** Poll answers by participant key → option index. */
		answers?: Record<string, number>;
	}[];
}

/** Live now, on idea capture: the demo's room to join from a phone (code BRKYTH). */
export const BROOKFIELD_YOUTH_EVENING: DemoWorkshop = {
	joinCode: 'BRKYTH',
	title: 'Youth space evening',
	venue: 'Brookfield Youth Club hall',
	phaseKind: 'co_create',
	status: 'live',
	currentPosition: 1,
	attendance: { attendanceTotal: null, attendanceUnder25: null, attendanceOver65: null },
	participants: ['Kacper', 'Leah', '', 'Mo', 'Aisha', ''],
	ideas: [
		{ body: 'Open the community centre on Friday and Saturday nights with a pool table and music.', by: 'p0' },
		{ body: 'Somewhere indoors to just sit with mates without anyone moving us on.', by: 'p1' },
		{ body: 'Free wifi and phone charging points.', by: 'p2' },
		{ body: 'A kitchen where we can cook together, maybe a cheap food night once a week.', by: 'p3' },
		{ body: 'Let young people help run it, with a proper say in the rules.', by: 'p4' },
		{ body: 'A quiet room for homework, because home is too loud.', by: 'p1' },
		{ body: 'Keep it open until 10 on weekends and have a youth worker there.', by: 'p5' },
		{ body: 'A wall we are allowed to paint, and change it every term.', by: 'p0' },
		{ body: 'Table tennis and a games console, nothing fancy.', by: 'p2' },
		{ body: 'Make it feel safe for girls too: good lighting outside and staff who listen.', by: 'p4' },
		{ body: 'My grandson would go if there was a football night with a coach.', by: 'paper' },
		{ body: 'Tell us about it on Instagram, not just posters in the library.', by: 'paper' }
	],
	activities: [
		{ kind: 'ideas', prompt: 'What would make the youth space work for you?' },
		{ kind: 'grouping', prompt: 'Which ideas belong together?' },
		{ kind: 'dots', prompt: 'Which ideas matter most to you? You have 3 dots.', dotsPerPerson: 3 },
		{ kind: 'poll', prompt: 'Which evening suits you best?', options: ['Tuesday', 'Wednesday', 'Thursday'] }
	]
};

/** Ended and landed: St Elwyn's discover workshop at the library, with its themes, dots and poll (code STEWYN). */
export const ST_ELWYNS_YOUNG_PEOPLE: DemoWorkshop = {
	joinCode: 'STEWYN',
	title: 'What would keep you here? / Beth fyddai’n eich cadw chi yma?',
	venue: 'St Elwyn’s Library / Llyfrgell Llanelwyn',
	phaseKind: 'discover',
	status: 'ended',
	currentPosition: null,
	attendance: { attendanceTotal: 23, attendanceUnder25: 14, attendanceOver65: 3 },
	participants: ['Cerys', 'Dylan', '', 'Ffion', 'Osian', '', 'Megan', 'Rhys'],
	themes: ['Somewhere to go / Rhywle i fynd', 'Getting about / Teithio', 'Work and skills / Gwaith a sgiliau'],
	ideas: [
		{ body: 'Clwb ieuenctid yn neuadd yr eglwys ar nos Wener.', by: 'p0', theme: 'Somewhere to go / Rhywle i fynd' },
		{ body: 'A late bus back from town on Fridays and Saturdays, after 11.', by: 'p1', theme: 'Getting about / Teithio' },
		{ body: 'The library open late one night a week with games and snacks.', by: 'p2', theme: 'Somewhere to go / Rhywle i fynd', postKind: 'asset' },
		{ body: 'Swyddi haf gyda’r ysgol syrffio a’r caffis, wedi’u hysbysebu yn yr ysgol.', by: 'p3', theme: 'Work and skills / Gwaith a sgiliau' },
		{ body: 'Safe bike racks by the cathedral so we can cycle in.', by: 'p4', theme: 'Getting about / Teithio' },
		{ body: 'Somewhere to play music and practise with a band.', by: 'p5', theme: 'Somewhere to go / Rhywle i fynd' },
		{ body: 'Cwrs achubwr bywyd am ddim i bobl ifanc lleol.', by: 'p6', theme: 'Work and skills / Gwaith a sgiliau' },
		{ body: 'A lift share board for getting to college in Aberystwyth.', by: 'p7', theme: 'Getting about / Teithio' },
		{ body: 'Cheap tickets for young people at the leisure centre in winter.', by: 'paper', theme: 'Somewhere to go / Rhywle i fynd' }
	],
	activities: [
		{ kind: 'ideas', prompt: 'What would keep you living here? / Beth fyddai’n eich cadw chi i fyw yma?' },
		{ kind: 'grouping', prompt: 'Which ideas belong together? / Pa syniadau sy’n mynd gyda’i gilydd?' },
		{
			kind: 'dots',
			prompt: 'Which ideas matter most? You have 3 dots. / Pa syniadau sydd bwysicaf? Mae gennych 3 dot.',
			dotsPerPerson: 3,
			dots: {
				p0: { 0: 2, 1: 1 },
				p1: { 1: 3 },
				p2: { 2: 1, 5: 2 },
				p3: { 3: 2, 6: 1 },
				p4: { 1: 1, 4: 2 },
				p5: { 0: 1, 5: 1, 1: 1 },
				p6: { 6: 2, 3: 1 },
				p7: { 7: 1, 1: 1, 0: 1 }
			}
		},
		{
			kind: 'poll',
			prompt: 'When would you come to a youth night? / Pryd fyddech chi’n dod i noson ieuenctid?',
			options: ['Friday / Nos Wener', 'Saturday / Nos Sadwrn', 'A weekday after school / Noson ysgol'],
			answers: { p0: 0, p1: 0, p2: 2, p3: 0, p4: 1, p5: 0, p6: 2, p7: 1 }
		}
	]
};
