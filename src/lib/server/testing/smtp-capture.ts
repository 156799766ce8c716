import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { configureMail } from '../mail';

export interface CapturedMail {
	to: string[];
	/** The raw message as received (headers, MIME parts, base64 attachments). */
	data: string;
}

/**
 * A local capture server for one test file: real SMTP on loopback, the platform's mail pointed at
 * it. Returns the list the received messages are pushed to.
 */
export function smtpCapture(from = 'IDM Secretariat <idm@example.org>'): CapturedMail[] {
	const received: CapturedMail[] = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		size: 10 * 1024 * 1024,
		onData(stream, session, callback) {
			let data = '';
			stream.on('data', (chunk) => (data += chunk));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
				callback();
			});
		}
	});
	beforeAll(async () => {
		await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
		const { port } = smtp.server.address() as AddressInfo;
		configureMail({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: from });
	});
	afterAll(async () => {
		configureMail({ MAIL_FROM: 'x' });
		await new Promise<void>((resolve) => smtp.close(() => resolve()));
	});
	return received;
}
