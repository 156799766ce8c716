/** Where to go after signing in: only paths on this site, never another host. */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
	return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
