import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../core/errors';
import { printerStats, printPdf, selfUrl } from './print';

afterEach(() => vi.unstubAllEnvs());

describe('printing without Chromium', () => {
	it('a server without Chromium answers with a clear 503, launching nothing', async () => {
		vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
		const failure = await printPdf('http://localhost:1/', { headerTitle: 'Key findings', lang: 'en', dir: 'ltr' }).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(DomainError);
		expect(failure).toMatchObject({ code: 'pdf.errors.unavailable', status: 503 });
		expect(printerStats()).toEqual({ launches: 0, printing: 0, waiting: 0 });
	});
});

describe('selfUrl', () => {
	it('addresses the server’s own port on loopback', () => {
		vi.stubEnv('PORT', '4123');
		expect(selfUrl('/reports/7?lang=ar')).toBe('http://localhost:4123/reports/7?lang=ar');
	});
});
