import { describe, expect, it } from 'vitest';
import { catalogues, messageRef, negotiateLanguage, translator } from '.';
import { en } from './messages/en';

function leaves(tree: object, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [k, v] of Object.entries(tree)) {
		const key = prefix ? `${prefix}.${k}` : k;
		if (typeof v === 'string') out.set(key, v);
		else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
	}
	return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]))].sort();
const english = leaves(en);

describe('message catalogues', () => {
	for (const [lang, catalogue] of Object.entries(catalogues)) {
		it(`${lang} uses only keys that English defines, with the same placeholders`, () => {
			for (const [key, text] of leaves(catalogue)) {
				expect(english.has(key), `${lang}: unknown key ${key}`).toBe(true);
				expect(placeholders(text), `${lang}: placeholders of ${key}`).toEqual(placeholders(english.get(key)!));
			}
		});
	}

	for (const lang of ['fr', 'es', 'ar'] as const) {
		it(`${lang} translates every key`, () => {
			const translated = leaves(catalogues[lang]);
			expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
		});
	}

	it('a missing translation falls back to English and fills placeholders', () => {
		const t = translator('ar', { dialogues: { title: 'الحوارات' } });
		expect(t('dialogues.title')).toBe('الحوارات');
		expect(t('dialogues.cycle', { year: 2024 })).toBe('Cycle 2024');
		expect(translator('fr')('common.page', { page: 2, pages: 5 })).toBe('Page 2 sur 5');
	});

	it('counts take the plural form of the language', () => {
		expect(translator('en')('home.cycles', { count: 1 })).toBe('1 cycle');
		expect(translator('en')('home.cycles', { count: 5 })).toBe('5 cycles');
		expect(translator('fr')('common.results', { count: 0 })).toBe('0 résultat');
		expect(translator('en')('common.results', { count: 1200 })).toBe('1,200 results');
	});

	it('Arabic counts take each of its six plural forms', () => {
		const t = translator('ar');
		expect([0, 1, 2, 3, 11, 100].map((count) => t('dialogues.eventCount', { count }))).toEqual([
			'لا فعاليات',
			'فعالية واحدة',
			'فعاليتان',
			'3 فعاليات',
			'11 فعالية',
			'100 فعالية'
		]);
		expect(t('common.results', { count: 1200 })).toBe('1,200 نتيجة');
	});

	it('Arabic plural messages give every form Arabic uses', () => {
		const forms = (s: string) =>
			[...s.matchAll(/\{\w+, plural,((?:\s*(?:=\d+|\w+)\s*\{[^{}]*\})+)\s*\}/g)].map((m) =>
				[...m[1].matchAll(/(=\d+|\w+)\s*\{/g)].map((f) => f[1])
			);
		for (const [key, text] of leaves(catalogues.ar)) {
			for (const used of forms(text))
				expect(used, `ar: plural forms of ${key}`).toEqual(expect.arrayContaining(['one', 'two', 'few', 'many', 'other']));
		}
	});

	it('a parameter that refers to a message is translated in the reader\u2019s language', () => {
		const params = { from: messageRef('registration.statuses.approved'), to: messageRef('registration.statuses.pending') };
		expect(translator('en')('registration.errors.cannotMove', params)).toBe(
			'A registration cannot go from “Approved” to “Pending approval”.'
		);
		expect(translator('ar')('registration.errors.cannotMove', params)).toBe(
			'لا يمكن نقل التسجيل من حالة «مقبول» إلى حالة «في انتظار الموافقة».'
		);
		// Through JSON (a form failure, an API problem) it stays a reference, and its own parameters are filled.
		const wire = JSON.parse(JSON.stringify({ name: messageRef('registration.erasedName', { number: 7 }) }));
		expect(translator('es')('registration.confirmation.qrAlt', wire)).toBe('Código de acreditación de Participante n.º 7');
	});

	it('the browser language is honoured when supported', () => {
		expect(negotiateLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
		expect(negotiateLanguage('de-DE,de;q=0.9')).toBe('en');
		expect(negotiateLanguage('de;q=0.9, ar;q=0.5')).toBe('ar');
	});
});
