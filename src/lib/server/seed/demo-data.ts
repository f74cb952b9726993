import { consecutivePhases, type DemoPlace } from './demo-places';

export const demoPlaces: DemoPlace[] = [
	{
		slug: 'brookfield',
		name: { en: 'Brookfield' },
		summary: { en: 'A 1960s suburb on the edge of the city, with a brook, a parade of shops and a lot of young families.' },
		areaDescription: {
			en: 'About 4,200 homes, most of them housing-association semis built in 1964. The brook runs behind the primary school. The community centre on Alder Road is busy on weekdays and empty at weekends. There is one bus an hour into town.'
		},
		teamDescription: {
			en: 'Priya (place lead) and Tom (community organiser) work from the community centre three days a week. Jo from the youth club runs our workshops.'
		},
		languages: ['en'],
		cycles: [
			{
				slug: '2026-spaces-to-meet',
				title: { en: 'Spaces to meet' },
				challenge: { en: 'There is nowhere to sit and talk that does not cost money, especially for teenagers and older people.' },
				status: 'active',
				phases: consecutivePhases(-40, [28, 30, 21, 180]),
				posts: [
					{ kind: 'need', body: 'Teenagers get moved on from the shops, but there is nowhere else for them to go.', locationText: 'Alder Road parade' },
					{ kind: 'need', body: 'Since the café closed there is nowhere to sit with a cup of tea that does not cost £4.' },
					{ kind: 'asset', body: 'The community centre is empty on Saturdays and Sundays.', locationText: 'Alder Road' },
					{ kind: 'asset', body: 'The church hall has a kitchen and 40 chairs, and the vicar is keen.' }
				]
			},
			{
				slug: '2025-safer-walks',
				title: { en: 'Safer walks to school' },
				challenge: { en: 'Parents do not feel safe letting children walk to school along the brook path in winter.' },
				status: 'finished',
				phases: consecutivePhases(-400, [30, 30, 14, 200])
			}
		]
	},
	{
		slug: 'st-elwyns',
		name: { en: "St Elwyn's", cy: 'Llanelwyn' },
		summary: {
			en: 'A small cathedral city in Wales, busy with visitors in summer and quiet in winter.',
			cy: 'Dinas eglwys gadeiriol fach yng Nghymru, yn brysur gydag ymwelwyr yn yr haf ac yn dawel yn y gaeaf.'
		},
		areaDescription: {
			en: 'About 1,800 people live here, many of them over 65. Half of the households speak Welsh at home. Young people leave for work, and holiday lets have taken many of the houses near the cathedral.',
			cy: "Mae tua 1,800 o bobl yn byw yma, llawer ohonyn nhw dros 65 oed. Mae hanner y cartrefi'n siarad Cymraeg gartref. Mae pobl ifanc yn gadael am waith, ac mae llety gwyliau wedi cymryd llawer o'r tai ger yr eglwys gadeiriol."
		},
		teamDescription: {
			en: 'Eleri (place lead) and Gareth (facilitator) are based at the library. Both speak Welsh and English.',
			cy: "Mae Eleri (arweinydd y lle) a Gareth (hwylusydd) yn gweithio o'r llyfrgell. Mae'r ddau yn siarad Cymraeg a Saesneg."
		},
		languages: ['cy', 'en'],
		cycles: [
			{
				slug: '2026-a-place-for-young-people',
				title: { en: 'A place for young people', cy: 'Lle i bobl ifanc' },
				challenge: {
					en: 'Young people say there is nothing for them here after school, so they leave.',
					cy: "Mae pobl ifanc yn dweud nad oes dim byd iddyn nhw yma ar ôl ysgol, felly maen nhw'n gadael."
				},
				status: 'active',
				phases: consecutivePhases(-75, [25, 35, 30, 200]),
				// From its discover phase, in the language each resident wrote in.
				posts: [
					{ kind: 'need', body: 'Does dim byd i’w wneud ar nos Wener os nad wyt ti’n mynd i’r dref. Mae’r bws olaf yn gadael am naw.', locationText: 'Sgwâr y Gadeirlan' },
					{ kind: 'need', body: 'Somewhere warm to sit with friends that isn’t a café where you have to keep buying things.' },
					{ kind: 'asset', body: 'Mae’r llyfrgell yn fodlon aros ar agor yn hwyr un noson yr wythnos.', locationText: 'Y Llyfrgell' },
					{ kind: 'asset', body: 'The surf school on the beach trains young instructors every summer and has spare wetsuits.' }
				]
			}
		]
	},
	{
		slug: 'northgate',
		name: { en: 'Northgate Estate' },
		summary: { en: 'A large estate of flats and maisonettes north of the ring road, home to people from many countries.' },
		areaDescription: {
			en: 'Six tower blocks and low-rise maisonettes around a big green. More than 30 languages are spoken. There is a mosque, two churches, a food bank and a boxing club, but the green is mostly empty.'
		},
		teamDescription: { en: 'Amir (place lead), Dana (moderator) and a rota of volunteer facilitators from the tenants\' association.' },
		languages: ['en'],
		cycles: [
			{
				slug: '2026-the-green',
				title: { en: 'What could the green be?' },
				challenge: { en: 'The green is big, but people walk across it, not to it.' },
				status: 'active',
				// Just started: discover is open, and the team has not fixed the voting dates yet.
				phases: [
					{ kind: 'discover', opens: -6, closes: 24 },
					{ kind: 'co_create', opens: 24, closes: 60 },
					{ kind: 'test', opens: null, closes: null },
					{ kind: 'implement', opens: null, closes: null }
				],
				posts: [
					{ kind: 'need', body: 'Somewhere dry for the kids to play football in the evenings. The green is a swamp from October.', locationText: 'The north end of the green' },
					{ kind: 'need', body: 'I walk round the green, never across it, after dark. There are no lights on the path.' },
					{ kind: 'need', body: 'Benches! My mum cannot get to the shops without a rest on the way.', locationText: 'Path from Tower 3 to the parade' },
					{ kind: 'asset', body: 'The boxing club would run free sessions outside in summer if there was a flat space.' },
					{ kind: 'asset', body: 'The tenants’ association has a gazebo, tables and a generator we lend out.' },
					{ kind: 'asset', body: 'My neighbour is a retired gardener and would help plant anything.' }
				]
			}
		]
	}
];
