import type { RequestHandler } from './$types';

/** The first line a register file needs, to start a spreadsheet from. Names no one, so it is public. */
export const GET: RequestHandler = () =>
	new Response('reference,postcode,name\r\n', {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="voter-register.csv"' }
	});
