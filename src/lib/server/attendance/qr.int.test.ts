import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { codeFromScan } from '$lib/domain/attendance';
import { checkInUrl, qrPng, qrSvg } from '.';

// pngjs comes with qrcode (it writes the PNGs); it has no type declarations of its own.
type PngModule = { PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } } };
const { PNG } = createRequire(import.meta.url)('pngjs') as PngModule;

describe('QR codes for check-in', () => {
	const eventId = '0b9d2a0e-6a57-4c3e-9d0f-3f1e7b2c9a11';
	const token = 'q1W-e2R_t3Y';

	it('point at the check-in page of the event with the code, whatever the origin is written like', () => {
		expect(checkInUrl('https://dialogue.example.org', eventId, token)).toBe(
			`https://dialogue.example.org/manage/events/${eventId}/check-in?code=${token}`
		);
		expect(checkInUrl('http://localhost:3000/', eventId, 'a+b/c')).toBe(
			`http://localhost:3000/manage/events/${eventId}/check-in?code=a%2Bb%2Fc`
		);
		expect(codeFromScan(checkInUrl('http://localhost:3000/', eventId, 'a+b/c'))).toBe('a+b/c');
	});

	it('as a PNG decode back to the check-in address', async () => {
		const url = checkInUrl('https://dialogue.example.org', eventId, token);
		const png = await qrPng(url);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const image = PNG.sync.read(png);
		const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
		expect(decoded?.data).toBe(url);
	});

	it('as an SVG document that scales', async () => {
		const svg = await qrSvg(checkInUrl('https://dialogue.example.org', eventId, token));
		expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"/);
		expect(svg).toContain('<path');
	});
});
