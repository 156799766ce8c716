import { describe, expect, it } from 'vitest';
import { likePattern } from './like';

describe('likePattern', () => {
	it('finds the text anywhere, its own wildcards and backslashes taken literally', () => {
		expect(likePattern('gomez')).toBe('%gomez%');
		expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
	});
});
