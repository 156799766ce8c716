/** Imports and exports of registrants and attendance, in every language. */
const en = {
	title: 'Import and export',
	titleOf: 'Import and export: {event}',
	lede: 'Bring registrants and attendance in from a spreadsheet, or take them out as CSV or XLSX. Imports are checked first (a dry run) and then written all at once, or not at all.',
	link: 'Import and export',
	back: 'Back to the event',
	export: {
		heading: 'Export',
		registrants: 'Registrants',
		attendance: 'Attendance',
		csv: 'CSV',
		xlsx: 'XLSX',
		downloadOf: 'Download {what} as {format}',
		personalData: 'These files hold personal data: every download is recorded in the audit log.',
		formulaRule:
			'The columns are the import’s: an exported file imports again unchanged. In CSV, a value that a spreadsheet would run as a formula (starting with = + - or @) gets an apostrophe in front, except numbers and telephone numbers such as +41 22 717 91 11, which keep their +. XLSX cells are all text: nothing is ever run.'
	},
	upload: {
		heading: 'Import',
		kind: 'What the file holds',
		kinds: { registrants: 'Registrants', attendance: 'Attendance' },
		file: 'File (CSV or XLSX)',
		fileHint: 'A header row is required; at most {max}. Only the first sheet of a workbook is read.',
		submit: 'Upload and map the columns',
		registrantKeys:
			'Registrant columns: first_name, last_name, email (required), honorific, gender (female, male, other, undisclosed), position, category (government, iom, partner, media, other), delegation (ISO alpha-3 of the State, required for government), organisation, organisation_type, affiliation, country (alpha-3 or name), phone, participation_mode (in-room, online, both), state (approved, pending, waitlisted, rejected, withdrawn), registered_at (ISO 8601), sponsored (true, false).',
		attendanceKeys: 'Attendance columns: email, date (YYYY-MM-DD), mode (in-room, online). One record per registration, day and mode.',
		indico:
			'Indico’s registrant export maps by itself. Its “Completed” state means approved; “Checked in” with its “Check-in date” becomes an in-room attendance record on that day (on the event’s first day when no date is given); “Tags” has no equivalent here and is ignored.',
		matching:
			'A row updates the registration of this event that has the same e-mail address and creates one otherwise; a new registration is linked to the person of the directory with that address.'
	},
	mapping: {
		heading: 'Map the columns',
		lede: 'Say what each column of “{file}” is. Columns we did not recognise must be mapped or ignored: none is dropped without your say.',
		column: 'Column in the file',
		mapsTo: 'Becomes',
		ignore: 'Ignore this column',
		choose: 'Choose…',
		unrecognised: 'Not recognised',
		submit: 'Check the file (dry run)'
	},
	report: {
		dryRunHeading: 'Dry run: nothing was written',
		doneHeading: 'Imported',
		failedHeading: 'Nothing was imported',
		rows: 'Rows read',
		created: 'To create / created',
		updated: 'To update / updated',
		unchanged: 'Unchanged',
		rejected: 'Rejected',
		errorsHeading: 'Rows that cannot be imported',
		row: 'Row',
		column: 'Column',
		problem: 'Problem',
		moreErrors: 'Only the first {shown} problems are listed.',
		fix: 'Fix these rows in the file and upload it again: an import is written whole or not at all.',
		commit: 'Import for real',
		cancel: 'Cancel this import',
		cancelled: 'The import was cancelled and its file deleted.',
		ready: 'No problem found. Importing writes every row at once.'
	},
	progress: {
		heading: 'Importing',
		label: 'Rows imported',
		of: '{done} of {total} rows',
		refresh: 'This page refreshes itself until the import ends.'
	},
	status: { uploaded: 'Uploaded', running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
	recent: {
		heading: 'Recent imports',
		when: 'When',
		who: 'Who',
		what: 'What',
		status: 'Status',
		result: 'Result',
		open: 'Open'
	},
	summary: '{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected',
	errors: {
		fileRequired: 'Choose a CSV or XLSX file.',
		unknownColumns: 'The file has columns that are not ours: {columns}. Map or ignore each of them.',
		missingColumn: 'The file needs a column “{column}”.',
		mappedTwice: 'Two columns become “{column}”: choose one.',
		tooLarge: 'The file is larger than {max}: split it.',
		empty: 'The file is empty: it needs a header row and at least one row under it.',
		notCsvOrXlsx: 'This file is neither CSV nor XLSX.',
		unreadable: 'This file cannot be read: {reason}',
		importRunning: 'Another import of this event is under way. Finish or cancel it first.',
		jobGone: 'This import is no longer waiting: upload the file again.',
		rejectedRows: 'Nothing was imported: {count, plural, one {# row cannot be imported} other {# rows cannot be imported}}.',
		emailMissing: 'The e-mail address is missing.',
		emailMalformed: '“{value}” is not an e-mail address.',
		tooLong: 'At most {max} characters.',
		choice: '“{value}” is not one of: {choices}.',
		unknownState: '“{value}” is not the ISO alpha-3 code of a State.',
		unknownCountry: '“{value}” is not a country we know (use its ISO alpha-3 code or its name).',
		governmentWithoutState: 'A government representative needs a delegation (the State’s ISO alpha-3 code).',
		stateWithoutGovernment: 'Only government representatives have a delegation; this row’s category is {category}.',
		dateTime: '“{value}” is not an ISO 8601 date or date and time.',
		date: '“{value}” is not a date as YYYY-MM-DD.',
		flag: '“{value}” is neither true nor false.',
		duplicateRow: 'The same e-mail address is already on row {row}.',
		duplicateRecord: 'The same record is already on row {row}.',
		nameMissing: 'A new registrant needs a first and a last name.',
		overCapacity: 'The room has {capacity} places; with this file {places} registrations would hold one.',
		overQuota: 'The delegation of {state} has {quota} places in the room; with this file {seats} delegates would hold one.',
		unknownRegistration: 'No registration of this event has the e-mail “{email}”.',
		notApproved: 'The registration of {email} is not approved.',
		dayOutside: '{day} is not a day of this event.'
	}
};

const fr: typeof en = {
	title: 'Import et export',
	titleOf: 'Import et export : {event}',
	lede: 'Importez des inscrits et des présences depuis un tableur, ou exportez-les en CSV ou XLSX. Un import est d’abord vérifié (essai à blanc), puis écrit en une fois, ou pas du tout.',
	link: 'Import et export',
	back: 'Retour à l’événement',
	export: {
		heading: 'Export',
		registrants: 'Inscrits',
		attendance: 'Présences',
		csv: 'CSV',
		xlsx: 'XLSX',
		downloadOf: 'Télécharger {what} en {format}',
		personalData: 'Ces fichiers contiennent des données personnelles : chaque téléchargement est consigné dans le journal d’audit.',
		formulaRule:
			'Les colonnes sont celles de l’import : un fichier exporté se réimporte tel quel. En CSV, une valeur qu’un tableur exécuterait comme formule (commençant par = + - ou @) est précédée d’une apostrophe, sauf les nombres et numéros de téléphone comme +41 22 717 91 11, qui gardent leur +. En XLSX, toutes les cellules sont du texte : rien n’est jamais exécuté.'
	},
	upload: {
		heading: 'Import',
		kind: 'Contenu du fichier',
		kinds: { registrants: 'Inscrits', attendance: 'Présences' },
		file: 'Fichier (CSV ou XLSX)',
		fileHint: 'Une ligne d’en-tête est obligatoire ; {max} au plus. Seule la première feuille d’un classeur est lue.',
		submit: 'Téléverser et faire correspondre les colonnes',
		registrantKeys:
			'Colonnes des inscrits : first_name, last_name, email (obligatoire), honorific, gender (female, male, other, undisclosed), position, category (government, iom, partner, media, other), delegation (code ISO alpha-3 de l’État, obligatoire pour government), organisation, organisation_type, affiliation, country (alpha-3 ou nom), phone, participation_mode (in-room, online, both), state (approved, pending, waitlisted, rejected, withdrawn), registered_at (ISO 8601), sponsored (true, false).',
		attendanceKeys:
			'Colonnes des présences : email, date (AAAA-MM-JJ), mode (in-room, online). Une présence par inscription, jour et mode.',
		indico:
			'L’export des inscrits d’Indico est reconnu automatiquement. Son état « Completed » signifie approuvé ; « Checked in » avec sa « Check-in date » devient une présence en salle ce jour-là (le premier jour de l’événement sans date) ; « Tags » n’a pas d’équivalent ici et est ignoré.',
		matching:
			'Une ligne met à jour l’inscription de cet événement qui a la même adresse e-mail, sinon elle en crée une ; une nouvelle inscription est reliée à la personne de l’annuaire qui a cette adresse.'
	},
	mapping: {
		heading: 'Correspondance des colonnes',
		lede: 'Indiquez ce qu’est chaque colonne de « {file} ». Les colonnes non reconnues doivent être attribuées ou ignorées : aucune n’est écartée sans votre accord.',
		column: 'Colonne du fichier',
		mapsTo: 'Devient',
		ignore: 'Ignorer cette colonne',
		choose: 'Choisir…',
		unrecognised: 'Non reconnue',
		submit: 'Vérifier le fichier (essai à blanc)'
	},
	report: {
		dryRunHeading: 'Essai à blanc : rien n’a été écrit',
		doneHeading: 'Importé',
		failedHeading: 'Rien n’a été importé',
		rows: 'Lignes lues',
		created: 'À créer / créées',
		updated: 'À mettre à jour / mises à jour',
		unchanged: 'Inchangées',
		rejected: 'Rejetées',
		errorsHeading: 'Lignes qui ne peuvent pas être importées',
		row: 'Ligne',
		column: 'Colonne',
		problem: 'Problème',
		moreErrors: 'Seuls les {shown} premiers problèmes sont listés.',
		fix: 'Corrigez ces lignes dans le fichier et téléversez-le à nouveau : un import est écrit en entier ou pas du tout.',
		commit: 'Importer pour de bon',
		cancel: 'Annuler cet import',
		cancelled: 'L’import a été annulé et son fichier supprimé.',
		ready: 'Aucun problème trouvé. L’import écrit toutes les lignes en une fois.'
	},
	progress: {
		heading: 'Import en cours',
		label: 'Lignes importées',
		of: '{done} lignes sur {total}',
		refresh: 'Cette page se recharge d’elle-même jusqu’à la fin de l’import.'
	},
	status: { uploaded: 'Téléversé', running: 'En cours', done: 'Terminé', failed: 'Échoué', cancelled: 'Annulé' },
	recent: {
		heading: 'Imports récents',
		when: 'Quand',
		who: 'Qui',
		what: 'Quoi',
		status: 'État',
		result: 'Résultat',
		open: 'Ouvrir'
	},
	summary: '{created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées',
	errors: {
		fileRequired: 'Choisissez un fichier CSV ou XLSX.',
		unknownColumns: 'Le fichier a des colonnes qui ne sont pas les nôtres : {columns}. Attribuez ou ignorez chacune.',
		missingColumn: 'Le fichier doit avoir une colonne « {column} ».',
		mappedTwice: 'Deux colonnes deviennent « {column} » : choisissez-en une.',
		tooLarge: 'Le fichier dépasse {max} : découpez-le.',
		empty: 'Le fichier est vide : il lui faut une ligne d’en-tête et au moins une ligne dessous.',
		notCsvOrXlsx: 'Ce fichier n’est ni un CSV ni un XLSX.',
		unreadable: 'Ce fichier ne peut pas être lu : {reason}',
		importRunning: 'Un autre import de cet événement est en cours. Terminez-le ou annulez-le d’abord.',
		jobGone: 'Cet import n’est plus en attente : téléversez à nouveau le fichier.',
		rejectedRows:
			'Rien n’a été importé : {count, plural, one {# ligne ne peut pas être importée} other {# lignes ne peuvent pas être importées}}.',
		emailMissing: 'L’adresse e-mail manque.',
		emailMalformed: '« {value} » n’est pas une adresse e-mail.',
		tooLong: '{max} caractères au plus.',
		choice: '« {value} » n’est pas l’une des valeurs : {choices}.',
		unknownState: '« {value} » n’est pas le code ISO alpha-3 d’un État.',
		unknownCountry: '« {value} » n’est pas un pays connu (utilisez son code ISO alpha-3 ou son nom).',
		governmentWithoutState: 'Un représentant de gouvernement a besoin d’une délégation (le code ISO alpha-3 de l’État).',
		stateWithoutGovernment: 'Seuls les représentants de gouvernement ont une délégation ; la catégorie de cette ligne est {category}.',
		dateTime: '« {value} » n’est pas une date ou une date et heure ISO 8601.',
		date: '« {value} » n’est pas une date au format AAAA-MM-JJ.',
		flag: '« {value} » n’est ni true ni false.',
		duplicateRow: 'La même adresse e-mail figure déjà ligne {row}.',
		duplicateRecord: 'La même présence figure déjà ligne {row}.',
		nameMissing: 'Un nouvel inscrit a besoin d’un prénom et d’un nom.',
		overCapacity: 'La salle a {capacity} places ; avec ce fichier, {places} inscriptions en occuperaient une.',
		overQuota: 'La délégation de {state} a {quota} places en salle ; avec ce fichier, {seats} délégués en occuperaient une.',
		unknownRegistration: 'Aucune inscription de cet événement n’a l’adresse « {email} ».',
		notApproved: 'L’inscription de {email} n’est pas approuvée.',
		dayOutside: 'Le {day} n’est pas un jour de cet événement.'
	}
};

const es: typeof en = {
	title: 'Importar y exportar',
	titleOf: 'Importar y exportar: {event}',
	lede: 'Importe inscritos y asistencia desde una hoja de cálculo, o expórtelos en CSV o XLSX. Una importación se comprueba primero (simulación) y luego se escribe de una vez, o no se escribe.',
	link: 'Importar y exportar',
	back: 'Volver al evento',
	export: {
		heading: 'Exportar',
		registrants: 'Inscritos',
		attendance: 'Asistencia',
		csv: 'CSV',
		xlsx: 'XLSX',
		downloadOf: 'Descargar {what} en {format}',
		personalData: 'Estos archivos contienen datos personales: cada descarga queda registrada en el registro de auditoría.',
		formulaRule:
			'Las columnas son las de la importación: un archivo exportado se vuelve a importar sin cambios. En CSV, un valor que una hoja de cálculo ejecutaría como fórmula (que empieza por = + - o @) lleva un apóstrofo delante, salvo los números y teléfonos como +41 22 717 91 11, que conservan su +. En XLSX todas las celdas son texto: nunca se ejecuta nada.'
	},
	upload: {
		heading: 'Importar',
		kind: 'Contenido del archivo',
		kinds: { registrants: 'Inscritos', attendance: 'Asistencia' },
		file: 'Archivo (CSV o XLSX)',
		fileHint: 'Se requiere una fila de encabezado; {max} como máximo. Solo se lee la primera hoja de un libro.',
		submit: 'Subir y asignar las columnas',
		registrantKeys:
			'Columnas de inscritos: first_name, last_name, email (obligatoria), honorific, gender (female, male, other, undisclosed), position, category (government, iom, partner, media, other), delegation (código ISO alfa-3 del Estado, obligatoria para government), organisation, organisation_type, affiliation, country (alfa-3 o nombre), phone, participation_mode (in-room, online, both), state (approved, pending, waitlisted, rejected, withdrawn), registered_at (ISO 8601), sponsored (true, false).',
		attendanceKeys:
			'Columnas de asistencia: email, date (AAAA-MM-DD), mode (in-room, online). Un registro por inscripción, día y modalidad.',
		indico:
			'La exportación de inscritos de Indico se reconoce sola. Su estado «Completed» significa aprobado; «Checked in» con su «Check-in date» se convierte en una asistencia en sala ese día (el primer día del evento si no hay fecha); «Tags» no tiene equivalente aquí y se ignora.',
		matching:
			'Una fila actualiza la inscripción de este evento con la misma dirección de correo y, si no la hay, crea una; una inscripción nueva se vincula a la persona del directorio con esa dirección.'
	},
	mapping: {
		heading: 'Asignar las columnas',
		lede: 'Indique qué es cada columna de «{file}». Las columnas no reconocidas deben asignarse o ignorarse: ninguna se descarta sin su decisión.',
		column: 'Columna del archivo',
		mapsTo: 'Se convierte en',
		ignore: 'Ignorar esta columna',
		choose: 'Elegir…',
		unrecognised: 'No reconocida',
		submit: 'Comprobar el archivo (simulación)'
	},
	report: {
		dryRunHeading: 'Simulación: no se escribió nada',
		doneHeading: 'Importado',
		failedHeading: 'No se importó nada',
		rows: 'Filas leídas',
		created: 'Por crear / creadas',
		updated: 'Por actualizar / actualizadas',
		unchanged: 'Sin cambios',
		rejected: 'Rechazadas',
		errorsHeading: 'Filas que no se pueden importar',
		row: 'Fila',
		column: 'Columna',
		problem: 'Problema',
		moreErrors: 'Solo se listan los {shown} primeros problemas.',
		fix: 'Corrija estas filas en el archivo y vuelva a subirlo: una importación se escribe entera o no se escribe.',
		commit: 'Importar definitivamente',
		cancel: 'Cancelar esta importación',
		cancelled: 'La importación se canceló y su archivo se eliminó.',
		ready: 'No se encontró ningún problema. La importación escribe todas las filas de una vez.'
	},
	progress: {
		heading: 'Importando',
		label: 'Filas importadas',
		of: '{done} de {total} filas',
		refresh: 'Esta página se recarga sola hasta que termine la importación.'
	},
	status: { uploaded: 'Subido', running: 'En curso', done: 'Terminado', failed: 'Fallido', cancelled: 'Cancelado' },
	recent: {
		heading: 'Importaciones recientes',
		when: 'Cuándo',
		who: 'Quién',
		what: 'Qué',
		status: 'Estado',
		result: 'Resultado',
		open: 'Abrir'
	},
	summary: '{created} creadas, {updated} actualizadas, {unchanged} sin cambios, {rejected} rechazadas',
	errors: {
		fileRequired: 'Elija un archivo CSV o XLSX.',
		unknownColumns: 'El archivo tiene columnas que no son nuestras: {columns}. Asigne o ignore cada una.',
		missingColumn: 'El archivo necesita una columna «{column}».',
		mappedTwice: 'Dos columnas se convierten en «{column}»: elija una.',
		tooLarge: 'El archivo supera {max}: divídalo.',
		empty: 'El archivo está vacío: necesita una fila de encabezado y al menos una fila debajo.',
		notCsvOrXlsx: 'Este archivo no es ni CSV ni XLSX.',
		unreadable: 'No se puede leer este archivo: {reason}',
		importRunning: 'Hay otra importación de este evento en curso. Termínela o cancélela primero.',
		jobGone: 'Esta importación ya no está en espera: vuelva a subir el archivo.',
		rejectedRows: 'No se importó nada: {count, plural, one {# fila no se puede importar} other {# filas no se pueden importar}}.',
		emailMissing: 'Falta la dirección de correo.',
		emailMalformed: '«{value}» no es una dirección de correo.',
		tooLong: '{max} caracteres como máximo.',
		choice: '«{value}» no es uno de: {choices}.',
		unknownState: '«{value}» no es el código ISO alfa-3 de un Estado.',
		unknownCountry: '«{value}» no es un país conocido (use su código ISO alfa-3 o su nombre).',
		governmentWithoutState: 'Un representante gubernamental necesita una delegación (el código ISO alfa-3 del Estado).',
		stateWithoutGovernment: 'Solo los representantes gubernamentales tienen delegación; la categoría de esta fila es {category}.',
		dateTime: '«{value}» no es una fecha o fecha y hora ISO 8601.',
		date: '«{value}» no es una fecha AAAA-MM-DD.',
		flag: '«{value}» no es ni true ni false.',
		duplicateRow: 'La misma dirección de correo ya está en la fila {row}.',
		duplicateRecord: 'El mismo registro ya está en la fila {row}.',
		nameMissing: 'Un inscrito nuevo necesita nombre y apellido.',
		overCapacity: 'La sala tiene {capacity} plazas; con este archivo, {places} inscripciones ocuparían una.',
		overQuota: 'La delegación de {state} tiene {quota} plazas en sala; con este archivo, {seats} delegados ocuparían una.',
		unknownRegistration: 'Ninguna inscripción de este evento tiene el correo «{email}».',
		notApproved: 'La inscripción de {email} no está aprobada.',
		dayOutside: '{day} no es un día de este evento.'
	}
};

const ar: typeof en = {
	title: 'الاستيراد والتصدير',
	titleOf: 'الاستيراد والتصدير: {event}',
	lede: 'استورد المسجَّلين وسجلات الحضور من جدول بيانات، أو صدّرها بصيغة CSV أو XLSX. ويُتحقق من عمليات الاستيراد أولاً (تشغيل تجريبي) ثم تُكتب دفعة واحدة، أو لا تُكتب على الإطلاق.',
	link: 'الاستيراد والتصدير',
	back: 'العودة إلى الفعالية',
	export: {
		heading: 'التصدير',
		registrants: 'بيانات المسجَّلين',
		attendance: 'سجلات الحضور',
		csv: 'CSV',
		xlsx: 'XLSX',
		downloadOf: 'تنزيل {what} بصيغة {format}',
		personalData: 'تتضمن هذه الملفات بيانات شخصية: يُسجَّل كل تنزيل في سجل التدقيق.',
		formulaRule:
			'الأعمدة هي أعمدة الاستيراد نفسها: يمكن استيراد الملف المصدَّر مرة أخرى دون تغيير. وفي ملفات CSV، تُسبق بفاصلة عليا كلُّ قيمة قد يشغّلها برنامج جداول البيانات بوصفها صيغة (تبدأ بـ = أو + أو - أو @)، باستثناء الأرقام وأرقام الهاتف مثل ‎+41 22 717 91 11‎ التي تحتفظ بعلامة +. أما خلايا XLSX فكلها نصية: لا يُشغَّل منها شيء أبداً.'
	},
	upload: {
		heading: 'الاستيراد',
		kind: 'محتوى الملف',
		kinds: { registrants: 'المسجَّلون', attendance: 'الحضور' },
		file: 'الملف (CSV أو XLSX)',
		fileHint: 'صف العناوين إلزامي؛ والحد الأقصى {max}. لا تُقرأ إلا الورقة الأولى من المصنَّف.',
		submit: 'تحميل الملف ومطابقة الأعمدة',
		registrantKeys:
			'أعمدة المسجَّلين: first_name وlast_name وemail (إلزامي) وhonorific وgender (female أو male أو other أو undisclosed) وposition وcategory (government أو iom أو partner أو media أو other) وdelegation (رمز ISO alpha-3 للدولة، إلزامي للفئة government) وorganisation وorganisation_type وaffiliation وcountry (رمز alpha-3 أو الاسم) وphone وparticipation_mode (in-room أو online أو both) وstate (approved أو pending أو waitlisted أو rejected أو withdrawn) وregistered_at (ISO 8601) وsponsored (true أو false).',
		attendanceKeys: 'أعمدة الحضور: email وdate (YYYY-MM-DD) وmode (in-room أو online). سجل واحد لكل تسجيل ويوم وطريقة حضور.',
		indico:
			'يُطابَق ملف المسجَّلين المصدَّر من Indico تلقائياً. وتعني حالته «Completed» أن التسجيل مقبول؛ ويصبح «Checked in» مع «Check-in date» سجلَّ حضور في القاعة في ذلك اليوم (أو في أول أيام الفعالية إذا لم يُذكر تاريخ)؛ أما «Tags» فلا مقابل له هنا ويُتجاهل.',
		matching:
			'يحدّث كل صف تسجيلَ هذه الفعالية الذي يحمل عنوان البريد الإلكتروني نفسه، وإلا أنشأ تسجيلاً جديداً؛ ويُربط التسجيل الجديد بالشخص المدرج في الدليل بذلك العنوان.'
	},
	mapping: {
		heading: 'مطابقة الأعمدة',
		lede: 'حدّد ما يمثله كل عمود من أعمدة «{file}». ويجب مطابقة الأعمدة التي لم نتعرف عليها أو تجاهلها: لا يُستبعد أي عمود دون موافقتك.',
		column: 'العمود في الملف',
		mapsTo: 'يصبح',
		ignore: 'تجاهل هذا العمود',
		choose: 'اختر…',
		unrecognised: 'غير معروف',
		submit: 'التحقق من الملف (تشغيل تجريبي)'
	},
	report: {
		dryRunHeading: 'تشغيل تجريبي: لم يُكتب أي شيء',
		doneHeading: 'اكتمل الاستيراد',
		failedHeading: 'لم يُستورد أي شيء',
		rows: 'الصفوف المقروءة',
		created: 'للإنشاء / أُنشئت',
		updated: 'للتحديث / حُدّثت',
		unchanged: 'دون تغيير',
		rejected: 'مرفوضة',
		errorsHeading: 'الصفوف التي يتعذّر استيرادها',
		row: 'الصف',
		column: 'العمود',
		problem: 'المشكلة',
		moreErrors: 'لا تُدرج إلا أول {shown} من المشكلات.',
		fix: 'صحّح هذه الصفوف في الملف وحمّله مرة أخرى: يُكتب الاستيراد كاملاً أو لا يُكتب على الإطلاق.',
		commit: 'تنفيذ الاستيراد فعلياً',
		cancel: 'إلغاء هذا الاستيراد',
		cancelled: 'أُلغي الاستيراد وحُذف ملفه.',
		ready: 'لم يُعثر على أي مشكلة. يكتب الاستيراد جميع الصفوف دفعة واحدة.'
	},
	progress: {
		heading: 'جارٍ الاستيراد',
		label: 'الصفوف المستوردة',
		of: '{done} من أصل {total} صف',
		refresh: 'تتحدّث هذه الصفحة تلقائياً حتى ينتهي الاستيراد.'
	},
	status: { uploaded: 'محمَّل', running: 'قيد التنفيذ', done: 'منجز', failed: 'فشل', cancelled: 'ملغى' },
	recent: {
		heading: 'عمليات الاستيراد الأخيرة',
		when: 'التوقيت',
		who: 'المنفِّذ',
		what: 'المحتوى',
		status: 'الحالة',
		result: 'النتيجة',
		open: 'فتح'
	},
	summary: 'أُنشئ {created}، وحُدّث {updated}، ودون تغيير {unchanged}، ورُفض {rejected}',
	errors: {
		fileRequired: 'اختر ملف CSV أو XLSX.',
		unknownColumns: 'يتضمن الملف أعمدة غير معروفة لدينا: {columns}. طابق كلاً منها أو تجاهله.',
		missingColumn: 'يحتاج الملف إلى عمود «{column}».',
		mappedTwice: 'يصبح عمودان «{column}»: اختر أحدهما.',
		tooLarge: 'حجم الملف أكبر من {max}: قسّمه.',
		empty: 'الملف فارغ: يحتاج إلى صف عناوين وصف واحد على الأقل تحته.',
		notCsvOrXlsx: 'هذا الملف ليس بصيغة CSV ولا XLSX.',
		unreadable: 'تتعذّر قراءة هذا الملف: {reason}',
		importRunning: 'هناك عملية استيراد أخرى جارية لهذه الفعالية. أنهِها أو ألغِها أولاً.',
		jobGone: 'لم يعد هذا الاستيراد في الانتظار: حمّل الملف مرة أخرى.',
		rejectedRows:
			'لم يُستورد أي شيء: {count, plural, one {تعذّر استيراد صف واحد} two {تعذّر استيراد صفين} few {تعذّر استيراد # صفوف} many {تعذّر استيراد # صفاً} other {تعذّر استيراد # صف}}.',
		emailMissing: 'عنوان البريد الإلكتروني مفقود.',
		emailMalformed: '«{value}» ليس عنوان بريد إلكتروني.',
		tooLong: '{max} حرف كحد أقصى.',
		choice: '«{value}» ليس من بين: {choices}.',
		unknownState: '«{value}» ليس رمز ISO alpha-3 لدولة.',
		unknownCountry: '«{value}» ليس بلداً معروفاً لدينا (استخدم رمز ISO alpha-3 الخاص به أو اسمه).',
		governmentWithoutState: 'يحتاج الممثل الحكومي إلى وفد (رمز ISO alpha-3 للدولة).',
		stateWithoutGovernment: 'لا يكون الوفد إلا للممثلين الحكوميين؛ وفئة هذا الصف هي {category}.',
		dateTime: '«{value}» ليس تاريخاً أو تاريخاً ووقتاً بصيغة ISO 8601.',
		date: '«{value}» ليس تاريخاً بصيغة YYYY-MM-DD.',
		flag: '«{value}» ليس true ولا false.',
		duplicateRow: 'عنوان البريد الإلكتروني نفسه وارد بالفعل في الصف {row}.',
		duplicateRecord: 'السجل نفسه وارد بالفعل في الصف {row}.',
		nameMissing: 'يحتاج المسجَّل الجديد إلى اسم أول واسم عائلة.',
		overCapacity: 'في القاعة {capacity} مقعداً؛ ومع هذا الملف سيشغل مقعداً {places} تسجيلاً.',
		overQuota: 'لوفد {state} {quota} مقعداً في القاعة؛ ومع هذا الملف سيشغل مقعداً {seats} مندوباً.',
		unknownRegistration: 'لا يوجد تسجيل في هذه الفعالية بالبريد الإلكتروني «{email}».',
		notApproved: 'تسجيل {email} غير مقبول.',
		dayOutside: '{day} ليس يوماً من أيام هذه الفعالية.'
	}
};

export const participation = { en, fr, es, ar };
