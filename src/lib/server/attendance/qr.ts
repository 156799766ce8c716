import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import QRCode from 'qrcode';

/**
 * The address a participant's QR code carries: the secretariat's check-in page with the code, so a
 * phone's camera app opens it directly and the page shows who it is with a confirm button.
 */
export function checkInUrl(origin: string, eventId: string, token: string): string {
	return `${origin.replace(/\/+$/, '')}/manage/events/${encodeURIComponent(eventId)}/check-in?code=${encodeURIComponent(token)}`;
}

// Medium error correction survives a scuffed print-out; the quiet zone of 4 modules is the standard's.
const OPTIONS = { errorCorrectionLevel: 'M' as const, margin: 4 };

/** A QR code as an SVG document (scales to any size; for pages). */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

/** How the PNG for mail is drawn: four pixels a module (about 180 px; the mail shows it larger). */
const PNG_OPTIONS = { ...OPTIONS, type: 'png' as const, scale: 4 };

/**
 * A QR code as a PNG image (for mail, where SVG is often not shown). Drawing one costs about 4 ms
 * of CPU (mostly pngjs compressing the image), which on the one main thread is time no request
 * is served: during a burst of registrations the approvals' codes were a sixth of the server's
 * work. So it is drawn on a worker thread; if the worker cannot start, here.
 */
export function qrPng(text: string): Promise<Buffer> {
	const worker = pngWorker();
	if (!worker) return QRCode.toBuffer(text, PNG_OPTIONS);
	return new Promise((resolve, reject) => {
		const id = nextJob++;
		jobs.set(id, { text, resolve, reject });
		worker.ref();
		worker.postMessage({ id, text, options: PNG_OPTIONS });
	});
}

// The worker's code: it loads qrcode from the same installation (its path is resolved here).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const QRCode = require(workerData.qrcode);
parentPort.on('message', ({ id, text, options }) => {
	QRCode.toBuffer(text, options).then(
		(png) => parentPort.postMessage({ id, png }),
		(error) => parentPort.postMessage({ id, error: String(error) })
	);
});
`;

type Job = { text: string; resolve: (png: Buffer) => void; reject: (error: unknown) => void };
const jobs = new Map<number, Job>();
let nextJob = 0;
let worker: Worker | null | undefined;

function pngWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { qrcode: createRequire(import.meta.url).resolve('qrcode') } });
	} catch {
		return (worker = null);
	}
	// An idle worker does not keep the process alive; one with codes to draw does (qrPng refs it).
	worker.unref();
	worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
		const job = jobs.get(id);
		jobs.delete(id);
		if (!jobs.size) worker?.unref();
		if (error || !png) job?.reject(new Error(error ?? 'QR code not drawn'));
		else job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
	});
	// A worker that fails or stops is not restarted: the codes it had are drawn here, and so are the next ones.
	const giveUp = () => {
		worker = null;
		for (const job of jobs.values()) QRCode.toBuffer(job.text, PNG_OPTIONS).then(job.resolve, job.reject);
		jobs.clear();
	};
	worker.on('error', (error) => {
		console.warn(`QR code worker failed, drawing on the main thread: ${error.message}`);
		giveUp();
	});
	worker.on('exit', giveUp);
	return worker;
}
