/** Surveys: building, answering, results and exports, in every language. */
const en = {
	errors: {
		dateTime: 'Enter a date and time.',
		closesBeforeOpening: 'The survey must close after it opens.',
		anonymousNotEditable:
			'An anonymous response cannot be found again by the person who gave it, so it cannot be editable after submission.',
		notOpenYet: 'This survey is not open yet.',
		closed: 'This survey is closed: answers are no longer accepted.',
		alreadyAnswered: 'You have already answered this survey; a second response is not accepted.',
		notEditable: 'This survey does not allow changing a response once submitted.',
		notInAudience: 'This survey is for another audience: you are not among those asked to answer it.',
		badLink: 'This survey’s address is incomplete or wrong: use the link you were sent.',
		required: 'This question needs an answer.',
		rateEveryItem: 'Rate every item of this question.',
		oneChoice: 'Choose only one answer.',
		notAChoice: 'This answer is not one of the question’s choices.',
		notOnScale: 'This rating is not on the question’s scale.',
		noOther: 'This question has no “Other” answer.',
		choicesNeeded: 'This kind of question needs at least two choices (one per line, in English).',
		itemsNeeded: 'A rating grid needs at least one item (one per line, in English).',
		linesMismatch: 'Give as many lines in each language as in English, or none.',
		labelTooLong: 'A choice or item has at most 300 characters.',
		tooManyLabels: 'At most 30 choices or items.',
		noChoicesForKind: 'This kind of question has no choices or items: leave those boxes empty.',
		rangeOnlyForNumbers: 'Only a number question has a smallest and largest value.',
		range: 'The smallest value cannot be above the largest.',
		otherOnlyMultiple: 'Only a multiple-choice question can have an “Other” answer.',
		conditionUnknown: 'The condition must name an earlier question of this survey.',
		conditionValue: 'The condition’s value must be one of that question’s choices (or yes / no).',
		answeredQuestion:
			'This question already has answers: its kind, choices and scale can no longer change (that would change what the answers mean). Hide it and add a new question instead.',
		anonymityLocked: 'The survey has responses: whether it is anonymous can no longer change.',
		audienceOfCycle: 'A survey of focal points belongs to a cycle, the others to an event.',
		noSection: 'Add a section first.',
		sectionUnknown: 'Choose a section of this survey.'
	}
};

const fr: typeof en = {
	errors: {
		dateTime: 'Saisissez une date et une heure.',
		closesBeforeOpening: 'L’enquête doit se clore après son ouverture.',
		anonymousNotEditable:
			'Une réponse anonyme ne peut pas être retrouvée par la personne qui l’a donnée : elle ne peut donc pas être modifiable après envoi.',
		notOpenYet: 'Cette enquête n’est pas encore ouverte.',
		closed: 'Cette enquête est close : les réponses ne sont plus acceptées.',
		alreadyAnswered: 'Vous avez déjà répondu à cette enquête ; une seconde réponse n’est pas acceptée.',
		notEditable: 'Cette enquête ne permet pas de modifier une réponse envoyée.',
		notInAudience: 'Cette enquête s’adresse à un autre public : vous n’êtes pas parmi les personnes invitées à y répondre.',
		badLink: 'L’adresse de cette enquête est incomplète ou erronée : utilisez le lien reçu.',
		required: 'Cette question demande une réponse.',
		rateEveryItem: 'Évaluez chaque élément de cette question.',
		oneChoice: 'Choisissez une seule réponse.',
		notAChoice: 'Cette réponse ne fait pas partie des choix de la question.',
		notOnScale: 'Cette note n’est pas sur l’échelle de la question.',
		noOther: 'Cette question n’a pas de réponse « Autre ».',
		choicesNeeded: 'Ce type de question demande au moins deux choix (un par ligne, en anglais).',
		itemsNeeded: 'Une grille d’évaluation demande au moins un élément (un par ligne, en anglais).',
		linesMismatch: 'Donnez dans chaque langue autant de lignes qu’en anglais, ou aucune.',
		labelTooLong: 'Un choix ou un élément compte au plus 300 caractères.',
		tooManyLabels: 'Au plus 30 choix ou éléments.',
		noChoicesForKind: 'Ce type de question n’a ni choix ni éléments : laissez ces champs vides.',
		rangeOnlyForNumbers: 'Seule une question numérique a une valeur minimale et maximale.',
		range: 'La valeur minimale ne peut pas dépasser la valeur maximale.',
		otherOnlyMultiple: 'Seule une question à choix multiples peut avoir une réponse « Autre ».',
		conditionUnknown: 'La condition doit désigner une question antérieure de cette enquête.',
		conditionValue: 'La valeur de la condition doit être un des choix de cette question (ou oui / non).',
		answeredQuestion:
			'Cette question a déjà des réponses : son type, ses choix et son échelle ne peuvent plus changer (cela changerait le sens des réponses). Masquez-la et ajoutez plutôt une nouvelle question.',
		anonymityLocked: 'L’enquête a des réponses : son anonymat ne peut plus changer.',
		audienceOfCycle: 'Une enquête des points focaux appartient à un cycle, les autres à un événement.',
		noSection: 'Ajoutez d’abord une section.',
		sectionUnknown: 'Choisissez une section de cette enquête.'
	}
};

const es: typeof en = {
	errors: {
		dateTime: 'Introduzca una fecha y una hora.',
		closesBeforeOpening: 'La encuesta debe cerrarse después de abrirse.',
		anonymousNotEditable:
			'Una respuesta anónima no puede ser encontrada de nuevo por quien la dio, por lo que no puede modificarse tras el envío.',
		notOpenYet: 'Esta encuesta aún no está abierta.',
		closed: 'Esta encuesta está cerrada: ya no se aceptan respuestas.',
		alreadyAnswered: 'Ya ha respondido a esta encuesta; no se acepta una segunda respuesta.',
		notEditable: 'Esta encuesta no permite cambiar una respuesta enviada.',
		notInAudience: 'Esta encuesta está dirigida a otro público: usted no figura entre las personas invitadas a responder.',
		badLink: 'La dirección de esta encuesta está incompleta o es incorrecta: utilice el enlace recibido.',
		required: 'Esta pregunta requiere una respuesta.',
		rateEveryItem: 'Califique cada elemento de esta pregunta.',
		oneChoice: 'Elija una sola respuesta.',
		notAChoice: 'Esta respuesta no es una de las opciones de la pregunta.',
		notOnScale: 'Esta calificación no está en la escala de la pregunta.',
		noOther: 'Esta pregunta no tiene respuesta «Otro».',
		choicesNeeded: 'Este tipo de pregunta requiere al menos dos opciones (una por línea, en inglés).',
		itemsNeeded: 'Una matriz de calificación requiere al menos un elemento (uno por línea, en inglés).',
		linesMismatch: 'Dé en cada idioma tantas líneas como en inglés, o ninguna.',
		labelTooLong: 'Una opción o un elemento tiene como máximo 300 caracteres.',
		tooManyLabels: 'Como máximo 30 opciones o elementos.',
		noChoicesForKind: 'Este tipo de pregunta no tiene opciones ni elementos: deje esos campos vacíos.',
		rangeOnlyForNumbers: 'Solo una pregunta numérica tiene un valor mínimo y máximo.',
		range: 'El valor mínimo no puede superar el máximo.',
		otherOnlyMultiple: 'Solo una pregunta de opción múltiple puede tener una respuesta «Otro».',
		conditionUnknown: 'La condición debe nombrar una pregunta anterior de esta encuesta.',
		conditionValue: 'El valor de la condición debe ser una de las opciones de esa pregunta (o sí / no).',
		answeredQuestion:
			'Esta pregunta ya tiene respuestas: su tipo, opciones y escala ya no pueden cambiar (cambiaría el significado de las respuestas). Ocúltela y añada una nueva pregunta.',
		anonymityLocked: 'La encuesta tiene respuestas: su anonimato ya no puede cambiar.',
		audienceOfCycle: 'Una encuesta de puntos focales pertenece a un ciclo; las demás, a un evento.',
		noSection: 'Añada primero una sección.',
		sectionUnknown: 'Elija una sección de esta encuesta.'
	}
};

const ar: typeof en = {
	errors: {
		dateTime: 'أدخل تاريخاً ووقتاً.',
		closesBeforeOpening: 'يجب أن يُغلق الاستبيان بعد فتحه.',
		anonymousNotEditable: 'لا يمكن لصاحب الرد المجهول العثور عليه مجدداً، لذا لا يمكن تعديله بعد الإرسال.',
		notOpenYet: 'هذا الاستبيان غير مفتوح بعد.',
		closed: 'هذا الاستبيان مغلق: لم تعد الردود مقبولة.',
		alreadyAnswered: 'لقد أجبت بالفعل على هذا الاستبيان؛ لا يُقبل رد ثانٍ.',
		notEditable: 'لا يسمح هذا الاستبيان بتغيير الرد بعد إرساله.',
		notInAudience: 'هذا الاستبيان موجّه إلى جمهور آخر: لست من بين المدعوين للإجابة عليه.',
		badLink: 'عنوان هذا الاستبيان ناقص أو خاطئ: استخدم الرابط الذي أُرسل إليك.',
		required: 'هذا السؤال يحتاج إلى إجابة.',
		rateEveryItem: 'قيّم كل بند من بنود هذا السؤال.',
		oneChoice: 'اختر إجابة واحدة فقط.',
		notAChoice: 'هذه الإجابة ليست من خيارات السؤال.',
		notOnScale: 'هذا التقييم ليس على مقياس السؤال.',
		noOther: 'لا توجد إجابة «أخرى» لهذا السؤال.',
		choicesNeeded: 'يحتاج هذا النوع من الأسئلة إلى خيارين على الأقل (خيار في كل سطر، بالإنكليزية).',
		itemsNeeded: 'تحتاج شبكة التقييم إلى بند واحد على الأقل (بند في كل سطر، بالإنكليزية).',
		linesMismatch: 'أدخل في كل لغة عدد الأسطر نفسه كما في الإنكليزية، أو لا شيء.',
		labelTooLong: 'لا يتجاوز الخيار أو البند 300 حرف.',
		tooManyLabels: '30 خياراً أو بنداً على الأكثر.',
		noChoicesForKind: 'ليس لهذا النوع من الأسئلة خيارات ولا بنود: اترك هذه الحقول فارغة.',
		rangeOnlyForNumbers: 'السؤال العددي وحده له قيمة دنيا وقيمة قصوى.',
		range: 'لا يمكن أن تتجاوز القيمة الدنيا القيمة القصوى.',
		otherOnlyMultiple: 'سؤال الاختيار المتعدد وحده يمكن أن تكون له إجابة «أخرى».',
		conditionUnknown: 'يجب أن يشير الشرط إلى سؤال سابق من هذا الاستبيان.',
		conditionValue: 'يجب أن تكون قيمة الشرط أحد خيارات ذلك السؤال (أو نعم / لا).',
		answeredQuestion:
			'لهذا السؤال إجابات بالفعل: لم يعد ممكناً تغيير نوعه وخياراته ومقياسه (فذلك يغيّر معنى الإجابات). أخفِه وأضف سؤالاً جديداً بدلاً منه.',
		anonymityLocked: 'للاستبيان ردود: لم يعد ممكناً تغيير كونه مجهول الهوية.',
		audienceOfCycle: 'استبيان جهات الاتصال ينتمي إلى دورة، والاستبيانات الأخرى إلى حدث.',
		noSection: 'أضف قسماً أولاً.',
		sectionUnknown: 'اختر قسماً من هذا الاستبيان.'
	}
};

export const surveys = { en, fr, es, ar };
