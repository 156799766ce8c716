/** "Ms. Ellen Sauerbrey": a person's name as a programme prints it. */
export function personName(p: { honorific?: string | null; givenName: string; familyName: string }): string {
	return [p.honorific, p.givenName, p.familyName].filter(Boolean).join(' ');
}
