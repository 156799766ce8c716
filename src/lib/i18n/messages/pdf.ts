/** Printing pages as PDF (headless Chromium) in every language. */
const en = {
	errors: {
		unavailable:
			'PDF printing is not available on this server: it has no Chromium browser. The page itself can be printed from your browser.',
		timeout: 'The PDF took too long to print. Please try again in a moment.'
	}
};

const fr: typeof en = {
	errors: {
		unavailable:
			'L’impression en PDF n’est pas disponible sur ce serveur : aucun navigateur Chromium n’y est installé. La page elle-même peut être imprimée depuis votre navigateur.',
		timeout: 'L’impression du PDF a pris trop de temps. Veuillez réessayer dans un instant.'
	}
};

const es: typeof en = {
	errors: {
		unavailable:
			'La impresión en PDF no está disponible en este servidor: no tiene un navegador Chromium. La propia página puede imprimirse desde su navegador.',
		timeout: 'La impresión del PDF tardó demasiado. Vuelva a intentarlo en un momento.'
	}
};

const ar: typeof en = {
	errors: {
		unavailable: 'الطباعة بصيغة PDF غير متاحة على هذا الخادم، إذ لا يوجد عليه متصفح Chromium. ويمكن طباعة الصفحة نفسها من متصفحك.',
		timeout: 'استغرقت طباعة ملف PDF وقتاً أطول من اللازم. يُرجى المحاولة مرة أخرى بعد قليل.'
	}
};

export const pdf = { en, fr, es, ar };
