/** The attendance messages in every language (kept with their area so areas can grow apart). */
const en = {
	title: 'Attendance'
};

const fr: typeof en = {
	title: 'Présence'
};

const es: typeof en = {
	title: 'Asistencia'
};

export const attendance = { en, fr, es };
