/** The registration messages in every language (kept with their area so areas can grow apart). */
const en = {
	title: 'Registration'
};

const fr: typeof en = {
	title: 'Inscription'
};

const es: typeof en = {
	title: 'Inscripción'
};

export const registration = { en, fr, es };
