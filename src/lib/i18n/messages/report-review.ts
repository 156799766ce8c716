/** Reviewing reports outside /manage and previewing a working copy (issue 8), in every language. */
const en = {
	queue: {
		heading: 'Reports awaiting review',
		lede: 'Key-findings reports the secretariat sent for review. Read the preview, then approve it or ask for changes.',
		empty: 'No report is waiting for review.',
		report: 'Report',
		about: 'Event or cycle',
		cycle: 'Cycle {year}',
		since: 'Sent for review',
		by: 'Sent by',
		yours: 'You may review',
		barred: 'Someone else must approve it'
	},
	preview: {
		title: 'Preview: {title}',
		banner: 'Preview — not published',
		explain:
			'This is the working copy (version {version} of the draft) as its page will read once published as version {number}. It is not public and search engines do not index it.',
		annex: 'Provisional figures: the annex is computed now from the event’s records. Publication computes it again and freezes it.',
		back: 'Back to the reviews',
		editor: 'Back to the editor',
		open: 'Preview as published',
		openReview: 'Open the review page',
		pdf: 'Preview as PDF'
	},
	form: {
		heading: 'Your review',
		status: 'Status: {status}',
		lede: 'Approve the report as you read it above, or send it back to the secretariat with what should change.',
		comment: 'Comment',
		commentHint: 'Required when you ask for changes: the secretariat reads it.',
		approve: 'Approve',
		requestChanges: 'Request changes',
		notInReview: 'This report is not waiting for review: there is nothing to review now.',
		ownReview: 'You sent this report for review: someone else must review it. You may still read it.',
		ownEdit: 'You changed this report since it was last published: someone else must approve it. You may ask for changes.'
	},
	done: {
		approved: 'You approved the report: the secretariat can publish it.',
		changes: 'Your request for changes was sent: the report is a draft again.'
	},
	errors: {
		ownEdit: 'You changed this report since it was last published: someone else must approve it.'
	}
};

const fr: typeof en = {
	queue: {
		heading: 'Rapports à relire',
		lede: 'Rapports de conclusions que le secrétariat a soumis à relecture. Lisez l’aperçu, puis approuvez-le ou demandez des modifications.',
		empty: 'Aucun rapport n’attend de relecture.',
		report: 'Rapport',
		about: 'Événement ou cycle',
		cycle: 'Cycle {year}',
		since: 'Soumis à relecture',
		by: 'Soumis par',
		yours: 'Vous pouvez le relire',
		barred: 'Quelqu’un d’autre doit l’approuver'
	},
	preview: {
		title: 'Aperçu : {title}',
		banner: 'Aperçu — non publié',
		explain:
			'Voici la copie de travail (version {version} du brouillon) telle que sa page se lira une fois publiée comme version {number}. Elle n’est pas publique et les moteurs de recherche ne l’indexent pas.',
		annex:
			'Chiffres provisoires : l’annexe est calculée maintenant à partir des données de l’événement. La publication la recalcule et la fige.',
		back: 'Retour aux relectures',
		editor: 'Retour à l’éditeur',
		open: 'Aperçu tel que publié',
		openReview: 'Ouvrir la page de relecture',
		pdf: 'Aperçu en PDF'
	},
	form: {
		heading: 'Votre relecture',
		status: 'Statut : {status}',
		lede: 'Approuvez le rapport tel que vous l’avez lu ci-dessus, ou renvoyez-le au secrétariat en indiquant ce qui doit changer.',
		comment: 'Commentaire',
		commentHint: 'Obligatoire si vous demandez des modifications : le secrétariat le lira.',
		approve: 'Approuver',
		requestChanges: 'Demander des modifications',
		notInReview: 'Ce rapport n’attend pas de relecture : il n’y a rien à relire pour l’instant.',
		ownReview: 'Vous avez soumis ce rapport : quelqu’un d’autre doit l’approuver. Vous pouvez toujours le lire.',
		ownEdit:
			'Vous avez modifié ce rapport depuis sa dernière publication : quelqu’un d’autre doit l’approuver. Vous pouvez demander des modifications.'
	},
	done: {
		approved: 'Vous avez approuvé le rapport : le secrétariat peut le publier.',
		changes: 'Votre demande de modifications est envoyée : le rapport redevient un brouillon.'
	},
	errors: {
		ownEdit: 'Vous avez modifié ce rapport depuis sa dernière publication : quelqu’un d’autre doit l’approuver.'
	}
};

const es: typeof en = {
	queue: {
		heading: 'Informes pendientes de revisión',
		lede: 'Informes de conclusiones que la secretaría envió a revisión. Lea la vista previa y apruébelo o pida cambios.',
		empty: 'Ningún informe está pendiente de revisión.',
		report: 'Informe',
		about: 'Evento o ciclo',
		cycle: 'Ciclo {year}',
		since: 'Enviado a revisión',
		by: 'Enviado por',
		yours: 'Puede revisarlo',
		barred: 'Otra persona debe aprobarlo'
	},
	preview: {
		title: 'Vista previa: {title}',
		banner: 'Vista previa — no publicado',
		explain:
			'Esta es la copia de trabajo (versión {version} del borrador) tal como se leerá su página una vez publicada como versión {number}. No es pública y los buscadores no la indexan.',
		annex: 'Cifras provisionales: el anexo se calcula ahora con los datos del evento. La publicación lo vuelve a calcular y lo fija.',
		back: 'Volver a las revisiones',
		editor: 'Volver al editor',
		open: 'Vista previa tal como se publicará',
		openReview: 'Abrir la página de revisión',
		pdf: 'Vista previa en PDF'
	},
	form: {
		heading: 'Su revisión',
		status: 'Estado: {status}',
		lede: 'Apruebe el informe tal como lo leyó arriba, o devuélvalo a la secretaría indicando qué debe cambiar.',
		comment: 'Comentario',
		commentHint: 'Obligatorio si pide cambios: la secretaría lo leerá.',
		approve: 'Aprobar',
		requestChanges: 'Pedir cambios',
		notInReview: 'Este informe no está pendiente de revisión: no hay nada que revisar ahora.',
		ownReview: 'Usted envió este informe a revisión: otra persona debe aprobarlo. Puede seguir leyéndolo.',
		ownEdit: 'Usted modificó este informe desde su última publicación: otra persona debe aprobarlo. Puede pedir cambios.'
	},
	done: {
		approved: 'Aprobó el informe: la secretaría puede publicarlo.',
		changes: 'Su petición de cambios se envió: el informe vuelve a ser un borrador.'
	},
	errors: {
		ownEdit: 'Usted modificó este informe desde su última publicación: otra persona debe aprobarlo.'
	}
};

const ar: typeof en = {
	queue: {
		heading: 'تقارير بانتظار المراجعة',
		lede: 'تقارير الاستنتاجات الرئيسية التي أرسلتها الأمانة للمراجعة. اقرأ المعاينة، ثم وافق عليها أو اطلب تعديلات.',
		empty: 'لا يوجد تقرير بانتظار المراجعة.',
		report: 'التقرير',
		about: 'الحدث أو الدورة',
		cycle: 'دورة {year}',
		since: 'أُرسل للمراجعة',
		by: 'أرسله',
		yours: 'يمكنك مراجعته',
		barred: 'يجب أن يوافق عليه شخص آخر'
	},
	preview: {
		title: 'معاينة: {title}',
		banner: 'معاينة — غير منشور',
		explain:
			'هذه نسخة العمل (الإصدار {version} من المسودة) كما ستُقرأ صفحتها بعد نشرها بوصفها النسخة {number}. وهي ليست عامة ولا تفهرسها محركات البحث.',
		annex: 'أرقام مؤقتة: يُحسب الملحق الآن من سجلات الحدث، ثم يُعاد حسابه ويُثبَّت عند النشر.',
		back: 'العودة إلى المراجعات',
		editor: 'العودة إلى المحرر',
		open: 'معاينة كما سيُنشر',
		openReview: 'فتح صفحة المراجعة',
		pdf: 'معاينة بصيغة PDF'
	},
	form: {
		heading: 'مراجعتك',
		status: 'الحالة: {status}',
		lede: 'وافق على التقرير كما قرأته أعلاه، أو أعده إلى الأمانة مع بيان ما ينبغي تغييره.',
		comment: 'تعليق',
		commentHint: 'مطلوب إذا طلبت تعديلات: ستقرؤه الأمانة.',
		approve: 'موافقة',
		requestChanges: 'طلب تعديلات',
		notInReview: 'هذا التقرير لا ينتظر المراجعة: لا شيء للمراجعة الآن.',
		ownReview: 'أنت من أرسل هذا التقرير للمراجعة: يجب أن يوافق عليه شخص آخر. ويمكنك قراءته.',
		ownEdit: 'لقد عدّلت هذا التقرير منذ آخر نشر له: يجب أن يوافق عليه شخص آخر. ويمكنك طلب تعديلات.'
	},
	done: {
		approved: 'وافقت على التقرير: يمكن للأمانة نشره.',
		changes: 'أُرسل طلب التعديلات: عاد التقرير مسودة.'
	},
	errors: {
		ownEdit: 'لقد عدّلت هذا التقرير منذ آخر نشر له: يجب أن يوافق عليه شخص آخر.'
	}
};

export const reportReview = { en, fr, es, ar };
