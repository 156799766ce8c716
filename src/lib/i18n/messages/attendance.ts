/** The attendance messages in every language (kept with their area so areas can grow apart). */
const en = {
	title: 'Attendance',
	titleOf: 'Attendance: {event}',
	day: 'Day',
	item: 'Programme item',
	wholeDay: 'The whole day',
	change: 'Show',
	mode: {
		'in-room': 'In the room',
		online: 'Online'
	},
	source: {
		'qr-scan': 'QR code',
		'online-join': 'Join log',
		manual: 'By hand'
	},
	links: {
		checkIn: 'Check-in',
		attendance: 'Attendance',
		back: 'Back to the event'
	},
	checkIn: {
		title: 'Check-in',
		titleOf: 'Check-in: {event}',
		lede: 'Scan the QR code on the participant’s confirmation, type the code, or find them by name.',
		scanHeading: 'Scan or type a code',
		code: 'Code',
		codeHint: 'The code printed under the QR code, or the address the QR code holds.',
		submit: 'Check in',
		submitFor: 'Check in {name}',
		searchHeading: 'Find by name',
		searchLabel: 'Name, e-mail or participant number',
		search: 'Search',
		noResults: 'No approved registration matches “{query}”.',
		results: '{count, plural, one {# approved registration} other {# approved registrations}}',
		done: '{name} (no. {number}) is checked in at {time}.',
		already: 'Checked in at {time}',
		confirmHeading: 'Participant from the QR code',
		confirm: 'Confirm check-in',
		number: 'no. {number}',
		registeredMode: 'Registered: {mode}',
		participationMode: {
			'in-room': 'in the room',
			online: 'online',
			both: 'in the room and online'
		}
	},
	scan: {
		start: 'Scan with camera',
		stop: 'Stop the camera',
		video: 'Camera view for scanning QR codes',
		unavailable: 'The camera could not be opened. Type the code instead.',
		scanning: 'Point the camera at the QR code.'
	},
	list: {
		heading: 'Per day',
		definition:
			'Each figure counts distinct approved participants recorded that day: in the room, online, and in either mode (a person in the room and online counts once in the last column).',
		people: 'In either mode',
		records: 'Records',
		recordsOf: 'Records of {day}',
		allDays: 'All days',
		none: 'No attendance recorded yet.',
		truncated: 'Only the latest {count} records are listed.',
		participant: 'Participant',
		time: 'Time',
		how: 'How',
		total: 'Total'
	},
	online: {
		heading: 'Record online attendance by hand',
		lede: 'Find the participant, choose the day, and record that they followed online.',
		submit: 'Record online',
		submitFor: 'Record {name} online',
		done: '{name} (no. {number}) is recorded online.',
		already: 'Online at {time}'
	},
	import: {
		heading: 'Import a join log',
		lede: 'A CSV file from the meeting tool with one row per join: an e-mail column and a join-time column (for example “Email” and “Join time”). Times without an offset are read in the event’s time zone ({zone}).',
		file: 'Join log (CSV)',
		preview: 'Check the file',
		previewHeading: 'What the import would do',
		summary:
			'{rows, plural, one {# row read} other {# rows read}}: {entries, plural, one {# new record} other {# new records}}, {duplicates, plural, one {# already recorded} other {# already recorded}}.',
		problems:
			'{count, plural, one {# row cannot be imported} other {# rows cannot be imported}}; fix the file and check it again. Nothing has been recorded.',
		row: 'Row',
		problem: 'Problem',
		confirm: 'Import {count, plural, one {# record} other {# records}}',
		nothingNew: 'Every row is already recorded: there is nothing to import.',
		done: 'Imported: {recorded, plural, one {# record} other {# records}} ({duplicates} already recorded).',
		shown: 'Showing the first {count}.',
		email: 'E-mail',
		joined: 'Joined'
	},
	errors: {
		codeRequired: 'Type or scan a code.',
		unknownCode: 'This code is not valid: no registration has it. Check the code, or find the participant by name.',
		unknownRegistration: 'This registration does not exist.',
		otherEvent: 'This code belongs to another event.',
		erased: 'The personal data of participant no. {number} has been erased: this registration can no longer check in.',
		status: {
			pending: '{name}’s registration is still pending: only approved registrations can check in.',
			waitlisted: '{name} is on the waiting list: only approved registrations can check in.',
			rejected: '{name}’s registration was rejected: only approved registrations can check in.',
			withdrawn: '{name}’s registration was withdrawn: only approved registrations can check in.'
		},
		alreadyCheckedIn: '{name} is already checked in: at {time}.',
		alreadyOnline: '{name} is already recorded online: at {time}.',
		dayOutside: '{day} is not a day of this event ({first} to {last}).',
		itemOtherEvent: 'This programme item is not part of this event.',
		itemOtherDay: 'This programme item takes place on {day}: choose that day.',
		fileRequired: 'Choose a CSV file.',
		importUnreadable: 'This file cannot be read as CSV.',
		importEmpty: 'The file has no rows under its header.',
		importColumns: 'The file needs a header with an e-mail column and a join-time column.',
		importTooLarge: 'The file has more than {max} rows: split it.',
		importRejected:
			'Nothing was imported: {count, plural, one {# row cannot be imported} other {# rows cannot be imported}} (rows {rows}). Check the file to see why.',
		rowUnknownEmail: 'No registration of this event has the e-mail “{email}”.',
		rowNotApproved: 'The registration of {email} is not approved.',
		rowTime: 'The join time “{value}” cannot be read.',
		rowDay: 'The join time falls on {day}, which is not a day of this event.'
	}
};

const fr: typeof en = {
	title: 'Présence',
	titleOf: 'Présence : {event}',
	day: 'Jour',
	item: 'Point du programme',
	wholeDay: 'Toute la journée',
	change: 'Afficher',
	mode: {
		'in-room': 'En salle',
		online: 'En ligne'
	},
	source: {
		'qr-scan': 'Code QR',
		'online-join': 'Journal de connexion',
		manual: 'À la main'
	},
	links: {
		checkIn: 'Accueil des participants',
		attendance: 'Présence',
		back: 'Retour à l’événement'
	},
	checkIn: {
		title: 'Accueil des participants',
		titleOf: 'Accueil des participants : {event}',
		lede: 'Scannez le code QR de la confirmation du participant, saisissez le code ou cherchez la personne par son nom.',
		scanHeading: 'Scanner ou saisir un code',
		code: 'Code',
		codeHint: 'Le code imprimé sous le code QR, ou l’adresse que contient le code QR.',
		submit: 'Enregistrer l’arrivée',
		submitFor: 'Enregistrer l’arrivée de {name}',
		searchHeading: 'Chercher par nom',
		searchLabel: 'Nom, adresse électronique ou numéro de participant',
		search: 'Chercher',
		noResults: 'Aucune inscription approuvée ne correspond à « {query} ».',
		results: '{count, plural, one {# inscription approuvée} other {# inscriptions approuvées}}',
		done: '{name} (no {number}) est enregistré·e à {time}.',
		already: 'Arrivée enregistrée à {time}',
		confirmHeading: 'Participant du code QR',
		confirm: 'Confirmer l’arrivée',
		number: 'no {number}',
		registeredMode: 'Inscription : {mode}',
		participationMode: {
			'in-room': 'en salle',
			online: 'en ligne',
			both: 'en salle et en ligne'
		}
	},
	scan: {
		start: 'Scanner avec la caméra',
		stop: 'Arrêter la caméra',
		video: 'Image de la caméra pour scanner les codes QR',
		unavailable: 'La caméra n’a pas pu être ouverte. Saisissez le code.',
		scanning: 'Dirigez la caméra vers le code QR.'
	},
	list: {
		heading: 'Par jour',
		definition:
			'Chaque chiffre compte les participants approuvés distincts enregistrés ce jour-là : en salle, en ligne, et de l’une ou l’autre façon (une personne en salle et en ligne compte une fois dans la dernière colonne).',
		people: 'D’une façon ou de l’autre',
		records: 'Enregistrements',
		recordsOf: 'Enregistrements du {day}',
		allDays: 'Tous les jours',
		none: 'Aucune présence enregistrée pour l’instant.',
		truncated: 'Seuls les {count} derniers enregistrements sont affichés.',
		participant: 'Participant',
		time: 'Heure',
		how: 'Comment',
		total: 'Total'
	},
	online: {
		heading: 'Enregistrer une présence en ligne à la main',
		lede: 'Trouvez le participant, choisissez le jour et enregistrez qu’il a suivi en ligne.',
		submit: 'Enregistrer en ligne',
		submitFor: 'Enregistrer {name} en ligne',
		done: '{name} (no {number}) est enregistré·e en ligne.',
		already: 'En ligne à {time}'
	},
	import: {
		heading: 'Importer un journal de connexion',
		lede: 'Un fichier CSV de l’outil de réunion avec une ligne par connexion : une colonne d’adresse électronique et une colonne d’heure de connexion (par exemple « Email » et « Join time »). Les heures sans décalage sont lues dans le fuseau horaire de l’événement ({zone}).',
		file: 'Journal de connexion (CSV)',
		preview: 'Vérifier le fichier',
		previewHeading: 'Ce que l’import ferait',
		summary:
			'{rows, plural, one {# ligne lue} other {# lignes lues}} : {entries, plural, one {# nouvel enregistrement} other {# nouveaux enregistrements}}, {duplicates, plural, one {# déjà enregistrée} other {# déjà enregistrées}}.',
		problems:
			'{count, plural, one {# ligne ne peut pas être importée} other {# lignes ne peuvent pas être importées}} ; corrigez le fichier et vérifiez-le à nouveau. Rien n’a été enregistré.',
		row: 'Ligne',
		problem: 'Problème',
		confirm: 'Importer {count, plural, one {# enregistrement} other {# enregistrements}}',
		nothingNew: 'Toutes les lignes sont déjà enregistrées : il n’y a rien à importer.',
		done: 'Importé : {recorded, plural, one {# enregistrement} other {# enregistrements}} ({duplicates} déjà enregistrés).',
		shown: 'Les {count} premiers sont affichés.',
		email: 'Adresse électronique',
		joined: 'Connexion'
	},
	errors: {
		codeRequired: 'Saisissez ou scannez un code.',
		unknownCode: 'Ce code n’est pas valable : aucune inscription ne le porte. Vérifiez le code ou cherchez le participant par son nom.',
		unknownRegistration: 'Cette inscription n’existe pas.',
		otherEvent: 'Ce code appartient à un autre événement.',
		erased: 'Les données personnelles du participant no {number} ont été effacées : cette inscription ne peut plus être enregistrée.',
		status: {
			pending: 'L’inscription de {name} est encore en attente : seules les inscriptions approuvées peuvent être enregistrées.',
			waitlisted: '{name} est sur la liste d’attente : seules les inscriptions approuvées peuvent être enregistrées.',
			rejected: 'L’inscription de {name} a été refusée : seules les inscriptions approuvées peuvent être enregistrées.',
			withdrawn: 'L’inscription de {name} a été retirée : seules les inscriptions approuvées peuvent être enregistrées.'
		},
		alreadyCheckedIn: 'L’arrivée de {name} est déjà enregistrée : à {time}.',
		alreadyOnline: '{name} est déjà enregistré·e en ligne : à {time}.',
		dayOutside: 'Le {day} n’est pas un jour de cet événement (du {first} au {last}).',
		itemOtherEvent: 'Ce point du programme ne fait pas partie de cet événement.',
		itemOtherDay: 'Ce point du programme a lieu le {day} : choisissez ce jour.',
		fileRequired: 'Choisissez un fichier CSV.',
		importUnreadable: 'Ce fichier ne peut pas être lu comme un CSV.',
		importEmpty: 'Le fichier n’a aucune ligne sous son en-tête.',
		importColumns: 'Le fichier doit avoir un en-tête avec une colonne d’adresse électronique et une colonne d’heure de connexion.',
		importTooLarge: 'Le fichier a plus de {max} lignes : divisez-le.',
		importRejected:
			'Rien n’a été importé : {count, plural, one {# ligne ne peut pas être importée} other {# lignes ne peuvent pas être importées}} (lignes {rows}). Vérifiez le fichier pour savoir pourquoi.',
		rowUnknownEmail: 'Aucune inscription à cet événement n’a l’adresse « {email} ».',
		rowNotApproved: 'L’inscription de {email} n’est pas approuvée.',
		rowTime: 'L’heure de connexion « {value} » ne peut pas être lue.',
		rowDay: 'L’heure de connexion tombe le {day}, qui n’est pas un jour de cet événement.'
	}
};

const es: typeof en = {
	title: 'Asistencia',
	titleOf: 'Asistencia: {event}',
	day: 'Día',
	item: 'Punto del programa',
	wholeDay: 'Todo el día',
	change: 'Mostrar',
	mode: {
		'in-room': 'En la sala',
		online: 'En línea'
	},
	source: {
		'qr-scan': 'Código QR',
		'online-join': 'Registro de conexiones',
		manual: 'A mano'
	},
	links: {
		checkIn: 'Acreditación',
		attendance: 'Asistencia',
		back: 'Volver al evento'
	},
	checkIn: {
		title: 'Acreditación',
		titleOf: 'Acreditación: {event}',
		lede: 'Escanee el código QR de la confirmación del participante, escriba el código o búsquelo por su nombre.',
		scanHeading: 'Escanear o escribir un código',
		code: 'Código',
		codeHint: 'El código impreso bajo el código QR, o la dirección que contiene el código QR.',
		submit: 'Registrar llegada',
		submitFor: 'Registrar la llegada de {name}',
		searchHeading: 'Buscar por nombre',
		searchLabel: 'Nombre, correo electrónico o número de participante',
		search: 'Buscar',
		noResults: 'Ninguna inscripción aprobada coincide con «{query}».',
		results: '{count, plural, one {# inscripción aprobada} other {# inscripciones aprobadas}}',
		done: '{name} (n.º {number}) registrado/a a las {time}.',
		already: 'Llegada registrada a las {time}',
		confirmHeading: 'Participante del código QR',
		confirm: 'Confirmar la llegada',
		number: 'n.º {number}',
		registeredMode: 'Inscripción: {mode}',
		participationMode: {
			'in-room': 'en la sala',
			online: 'en línea',
			both: 'en la sala y en línea'
		}
	},
	scan: {
		start: 'Escanear con la cámara',
		stop: 'Detener la cámara',
		video: 'Imagen de la cámara para escanear códigos QR',
		unavailable: 'No se pudo abrir la cámara. Escriba el código.',
		scanning: 'Apunte la cámara al código QR.'
	},
	list: {
		heading: 'Por día',
		definition:
			'Cada cifra cuenta los participantes aprobados distintos registrados ese día: en la sala, en línea y de cualquiera de las dos formas (una persona en la sala y en línea cuenta una vez en la última columna).',
		people: 'De una u otra forma',
		records: 'Registros',
		recordsOf: 'Registros del {day}',
		allDays: 'Todos los días',
		none: 'Todavía no hay asistencia registrada.',
		truncated: 'Solo se muestran los {count} registros más recientes.',
		participant: 'Participante',
		time: 'Hora',
		how: 'Cómo',
		total: 'Total'
	},
	online: {
		heading: 'Registrar la asistencia en línea a mano',
		lede: 'Busque al participante, elija el día y registre que siguió en línea.',
		submit: 'Registrar en línea',
		submitFor: 'Registrar a {name} en línea',
		done: '{name} (n.º {number}) registrado/a en línea.',
		already: 'En línea a las {time}'
	},
	import: {
		heading: 'Importar un registro de conexiones',
		lede: 'Un archivo CSV de la herramienta de reuniones con una fila por conexión: una columna de correo electrónico y una de hora de conexión (por ejemplo «Email» y «Join time»). Las horas sin desfase se leen en la zona horaria del evento ({zone}).',
		file: 'Registro de conexiones (CSV)',
		preview: 'Comprobar el archivo',
		previewHeading: 'Lo que haría la importación',
		summary:
			'{rows, plural, one {# fila leída} other {# filas leídas}}: {entries, plural, one {# registro nuevo} other {# registros nuevos}}, {duplicates, plural, one {# ya registrada} other {# ya registradas}}.',
		problems:
			'{count, plural, one {# fila no se puede importar} other {# filas no se pueden importar}}; corrija el archivo y compruébelo de nuevo. No se ha registrado nada.',
		row: 'Fila',
		problem: 'Problema',
		confirm: 'Importar {count, plural, one {# registro} other {# registros}}',
		nothingNew: 'Todas las filas ya están registradas: no hay nada que importar.',
		done: 'Importado: {recorded, plural, one {# registro} other {# registros}} ({duplicates} ya registrados).',
		shown: 'Se muestran los {count} primeros.',
		email: 'Correo electrónico',
		joined: 'Conexión'
	},
	errors: {
		codeRequired: 'Escriba o escanee un código.',
		unknownCode: 'Este código no es válido: ninguna inscripción lo tiene. Compruebe el código o busque al participante por su nombre.',
		unknownRegistration: 'Esta inscripción no existe.',
		otherEvent: 'Este código pertenece a otro evento.',
		erased: 'Los datos personales del participante n.º {number} se han borrado: esta inscripción ya no puede acreditarse.',
		status: {
			pending: 'La inscripción de {name} sigue pendiente: solo las inscripciones aprobadas pueden acreditarse.',
			waitlisted: '{name} está en la lista de espera: solo las inscripciones aprobadas pueden acreditarse.',
			rejected: 'La inscripción de {name} fue rechazada: solo las inscripciones aprobadas pueden acreditarse.',
			withdrawn: 'La inscripción de {name} fue retirada: solo las inscripciones aprobadas pueden acreditarse.'
		},
		alreadyCheckedIn: 'La llegada de {name} ya está registrada: a las {time}.',
		alreadyOnline: '{name} ya está registrado/a en línea: a las {time}.',
		dayOutside: 'El {day} no es un día de este evento (del {first} al {last}).',
		itemOtherEvent: 'Este punto del programa no forma parte de este evento.',
		itemOtherDay: 'Este punto del programa tiene lugar el {day}: elija ese día.',
		fileRequired: 'Elija un archivo CSV.',
		importUnreadable: 'Este archivo no se puede leer como CSV.',
		importEmpty: 'El archivo no tiene filas bajo su encabezado.',
		importColumns: 'El archivo necesita un encabezado con una columna de correo electrónico y una de hora de conexión.',
		importTooLarge: 'El archivo tiene más de {max} filas: divídalo.',
		importRejected:
			'No se importó nada: {count, plural, one {# fila no se puede importar} other {# filas no se pueden importar}} (filas {rows}). Compruebe el archivo para ver por qué.',
		rowUnknownEmail: 'Ninguna inscripción de este evento tiene el correo «{email}».',
		rowNotApproved: 'La inscripción de {email} no está aprobada.',
		rowTime: 'La hora de conexión «{value}» no se puede leer.',
		rowDay: 'La hora de conexión cae el {day}, que no es un día de este evento.'
	}
};

const ar: typeof en = {
	title: 'الحضور',
	titleOf: 'الحضور: {event}',
	day: 'اليوم',
	item: 'بند البرنامج',
	wholeDay: 'اليوم بأكمله',
	change: 'عرض',
	mode: {
		'in-room': 'في القاعة',
		online: 'عبر الإنترنت'
	},
	source: {
		'qr-scan': 'رمز الاستجابة السريعة',
		'online-join': 'سجل الانضمام',
		manual: 'يدوياً'
	},
	links: {
		checkIn: 'تسجيل الحضور',
		attendance: 'الحضور',
		back: 'العودة إلى الفعالية'
	},
	checkIn: {
		title: 'تسجيل الحضور',
		titleOf: 'تسجيل الحضور: {event}',
		lede: 'امسح رمز الاستجابة السريعة الوارد في تأكيد المشارك، أو اكتب الرمز، أو ابحث عنه بالاسم.',
		scanHeading: 'مسح رمز أو كتابته',
		code: 'الرمز',
		codeHint: 'الرمز المطبوع تحت رمز الاستجابة السريعة، أو العنوان الذي يتضمنه رمز الاستجابة السريعة.',
		submit: 'تسجيل الحضور',
		submitFor: 'تسجيل حضور {name}',
		searchHeading: 'البحث بالاسم',
		searchLabel: 'الاسم أو البريد الإلكتروني أو رقم المشارك',
		search: 'بحث',
		noResults: 'لا يوجد تسجيل مقبول يطابق «{query}».',
		results:
			'{count, plural, zero {لا توجد تسجيلات مقبولة} one {تسجيل واحد مقبول} two {تسجيلان مقبولان} few {# تسجيلات مقبولة} many {# تسجيلاً مقبولاً} other {# تسجيل مقبول}}',
		done: 'سُجّل حضور {name} (رقم {number}) في الساعة {time}.',
		already: 'سُجّل حضوره في الساعة {time}',
		confirmHeading: 'المشارك صاحب رمز الاستجابة السريعة',
		confirm: 'تأكيد تسجيل الحضور',
		number: 'رقم {number}',
		registeredMode: 'مسجّل: {mode}',
		participationMode: {
			'in-room': 'في القاعة',
			online: 'عبر الإنترنت',
			both: 'في القاعة وعبر الإنترنت'
		}
	},
	scan: {
		start: 'المسح بالكاميرا',
		stop: 'إيقاف الكاميرا',
		video: 'عرض الكاميرا لمسح رموز الاستجابة السريعة',
		unavailable: 'تعذّر فتح الكاميرا. اكتب الرمز بدلاً من ذلك.',
		scanning: 'وجّه الكاميرا نحو رمز الاستجابة السريعة.'
	},
	list: {
		heading: 'حسب اليوم',
		definition:
			'يحصي كل رقم المشاركين المقبولين المتمايزين المسجَّل حضورهم في ذلك اليوم: في القاعة، وعبر الإنترنت، وبأيٍّ من الطريقتين (من حضر في القاعة وعبر الإنترنت يُحتسب مرة واحدة في العمود الأخير).',
		people: 'بأيٍّ من الطريقتين',
		records: 'السجلات',
		recordsOf: 'سجلات {day}',
		allDays: 'جميع الأيام',
		none: 'لم يُسجَّل أي حضور بعد.',
		truncated: 'لا تُدرج إلا أحدث {count} من السجلات.',
		participant: 'المشارك',
		time: 'الوقت',
		how: 'الطريقة',
		total: 'المجموع'
	},
	online: {
		heading: 'تسجيل الحضور عبر الإنترنت يدوياً',
		lede: 'ابحث عن المشارك، واختر اليوم، وسجّل أنه تابع عبر الإنترنت.',
		submit: 'تسجيل الحضور عبر الإنترنت',
		submitFor: 'تسجيل حضور {name} عبر الإنترنت',
		done: 'سُجّل حضور {name} (رقم {number}) عبر الإنترنت.',
		already: 'عبر الإنترنت في الساعة {time}'
	},
	import: {
		heading: 'استيراد سجل انضمام',
		lede: 'ملف CSV من أداة الاجتماعات يتضمن صفاً لكل انضمام: عموداً للبريد الإلكتروني وعموداً لوقت الانضمام (مثل «Email» و«Join time»). وتُقرأ الأوقات غير المقترنة بفارق توقيت وفق المنطقة الزمنية للفعالية ({zone}).',
		file: 'سجل الانضمام (CSV)',
		preview: 'التحقق من الملف',
		previewHeading: 'ما سيفعله الاستيراد',
		summary:
			'{rows, plural, zero {لم يُقرأ أي صف} one {قُرئ صف واحد} two {قُرئ صفان} few {قُرئت # صفوف} many {قُرئ # صفاً} other {قُرئ # صف}}: {entries, plural, zero {لا سجلات جديدة} one {سجل جديد واحد} two {سجلان جديدان} few {# سجلات جديدة} many {# سجلاً جديداً} other {# سجل جديد}}، {duplicates, plural, zero {لا شيء مسجّل من قبل} one {سجل واحد مسجّل من قبل} two {سجلان مسجّلان من قبل} few {# سجلات مسجّلة من قبل} many {# سجلاً مسجّلاً من قبل} other {# سجل مسجّل من قبل}}.',
		problems:
			'{count, plural, one {تعذّر استيراد صف واحد} two {تعذّر استيراد صفين} few {تعذّر استيراد # صفوف} many {تعذّر استيراد # صفاً} other {تعذّر استيراد # صف}}؛ صحّح الملف وتحقق منه مرة أخرى. لم يُسجَّل أي شيء.',
		row: 'الصف',
		problem: 'المشكلة',
		confirm:
			'{count, plural, zero {لا شيء للاستيراد} one {استيراد سجل واحد} two {استيراد سجلين} few {استيراد # سجلات} many {استيراد # سجلاً} other {استيراد # سجل}}',
		nothingNew: 'جميع الصفوف مسجّلة من قبل: لا يوجد ما يُستورد.',
		done: 'اكتمل الاستيراد: {recorded, plural, zero {لا سجلات} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلاً} other {# سجل}} ({duplicates} مسجّلة من قبل).',
		shown: 'عرض أول {count}.',
		email: 'البريد الإلكتروني',
		joined: 'وقت الانضمام'
	},
	errors: {
		codeRequired: 'اكتب رمزاً أو امسحه.',
		unknownCode: 'هذا الرمز غير صالح: لا يحمله أي تسجيل. تحقق من الرمز، أو ابحث عن المشارك بالاسم.',
		unknownRegistration: 'هذا التسجيل غير موجود.',
		otherEvent: 'هذا الرمز يخص فعالية أخرى.',
		erased: 'مُحيت البيانات الشخصية للمشارك رقم {number}: لم يعد بالإمكان تسجيل حضور هذا التسجيل.',
		status: {
			pending: 'تسجيل {name} لا يزال معلّقاً: لا يُسجَّل إلا حضور التسجيلات المقبولة.',
			waitlisted: '{name} في قائمة الانتظار: لا يُسجَّل إلا حضور التسجيلات المقبولة.',
			rejected: 'رُفض تسجيل {name}: لا يُسجَّل إلا حضور التسجيلات المقبولة.',
			withdrawn: 'سُحب تسجيل {name}: لا يُسجَّل إلا حضور التسجيلات المقبولة.'
		},
		alreadyCheckedIn: 'سُجّل حضور {name} بالفعل: في الساعة {time}.',
		alreadyOnline: 'سُجّل حضور {name} عبر الإنترنت بالفعل: في الساعة {time}.',
		dayOutside: '{day} ليس يوماً من أيام هذه الفعالية (من {first} إلى {last}).',
		itemOtherEvent: 'بند البرنامج هذا ليس جزءاً من هذه الفعالية.',
		itemOtherDay: 'يُعقد بند البرنامج هذا في {day}: اختر ذلك اليوم.',
		fileRequired: 'اختر ملف CSV.',
		importUnreadable: 'تتعذّر قراءة هذا الملف بصيغة CSV.',
		importEmpty: 'لا يتضمن الملف أي صفوف تحت صف العناوين.',
		importColumns: 'يحتاج الملف إلى صف عناوين يتضمن عموداً للبريد الإلكتروني وعموداً لوقت الانضمام.',
		importTooLarge: 'يتضمن الملف أكثر من {max} صف: قسّمه.',
		importRejected:
			'لم يُستورد أي شيء: {count, plural, one {تعذّر استيراد صف واحد} two {تعذّر استيراد صفين} few {تعذّر استيراد # صفوف} many {تعذّر استيراد # صفاً} other {تعذّر استيراد # صف}} (الصفوف {rows}). تحقق من الملف لمعرفة السبب.',
		rowUnknownEmail: 'لا يوجد تسجيل في هذه الفعالية بالبريد الإلكتروني «{email}».',
		rowNotApproved: 'تسجيل {email} غير مقبول.',
		rowTime: 'تتعذّر قراءة وقت الانضمام «{value}».',
		rowDay: 'يقع وقت الانضمام في {day}، وهو ليس يوماً من أيام هذه الفعالية.'
	}
};

export const attendance = { en, fr, es, ar };
