import { createServer, type Socket } from 'node:net';

/** One message as an SMTP server saw it: the envelope and the raw DATA (headers and body). */
export interface ReceivedMail {
	from: string;
	recipients: string[];
	data: string;
}

export interface SmtpSink {
	port: number;
	received: ReceivedMail[];
	close(): Promise<void>;
}

/**
 * A tiny SMTP server for tests: speaks just enough of the protocol (greeting, EHLO/HELO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT) to accept what nodemailer sends, and keeps every message.
 * It advertises no STARTTLS and no AUTH, so the client sends in plain text on 127.0.0.1.
 */
export function startSmtpSink(): Promise<SmtpSink> {
	const received: ReceivedMail[] = [];
	const sockets = new Set<Socket>();
	const server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => socket.destroy());
		socket.setEncoding('utf8');
		let buffer = '';
		let inData = false;
		let envelope = { from: '', recipients: [] as string[] };
		const reply = (line: string) => socket.write(`${line}\r\n`);

		socket.on('data', (chunk: string) => {
			buffer += chunk;
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end === -1) return;
					received.push({ ...envelope, data: buffer.slice(0, end) });
					buffer = buffer.slice(end + 5);
					inData = false;
					envelope = { from: '', recipients: [] };
					reply('250 2.0.0 queued');
					continue;
				}
				const eol = buffer.indexOf('\r\n');
				if (eol === -1) return;
				const line = buffer.slice(0, eol);
				buffer = buffer.slice(eol + 2);
				const verb = line.split(' ')[0].toUpperCase();
				const address = () => /<([^>]*)>/.exec(line)?.[1] ?? '';
				if (verb === 'EHLO' || verb === 'HELO' || verb === 'NOOP') reply('250 sink');
				else if (verb === 'MAIL') { envelope.from = address(); reply('250 2.1.0 ok'); }
				else if (verb === 'RCPT') { envelope.recipients.push(address()); reply('250 2.1.5 ok'); }
				else if (verb === 'DATA') { inData = true; reply('354 end with <CRLF>.<CRLF>'); }
				else if (verb === 'RSET') { envelope = { from: '', recipients: [] }; reply('250 2.0.0 ok'); }
				else if (verb === 'QUIT') { reply('221 2.0.0 bye'); socket.end(); }
				else reply('502 5.5.1 not implemented');
			}
		});
		reply('220 127.0.0.1 ESMTP sink');
	});

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				port,
				received,
				close: () =>
					new Promise<void>((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					})
			});
		});
	});
}
