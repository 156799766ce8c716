import type { PartialMessages } from '..';
import { attendance } from './attendance';
import { participation } from './participation';
import { pdf } from './pdf';
import { programme } from './programme';
import { registration } from './registration';
import { funding } from './funding';
import { reports } from './reports';
import { reportPages } from './report-pages';
import { reportEditor } from './report-editor';
import { reportReview } from './report-review';
import { followUp } from './follow-up';
import { practices } from './practices';
import { practiceReview } from './practice-review';
import { surveys } from './surveys';
import { statistics } from './statistics';
import { agenda } from './agenda';

/** Spanish: the complete catalogue, in the terms of IOM's Spanish documents. */
export const es: PartialMessages = {
	app: {
		name: 'Plataforma de diálogos sobre migración',
		tagline: 'Consultas, eventos, datos, resultados y buenas prácticas de los diálogos sobre políticas migratorias',
		skipToContent: 'Ir al contenido principal',
		mainNavigation: 'Navegación principal',
		breadcrumb: 'Ruta de navegación',
		language: 'Idioma',
		changeLanguage: 'Cambiar de idioma',
		footer: 'Las cifras de este sitio se calculan a partir de sus registros.',
		home: 'Inicio'
	},
	nav: {
		dialogues: 'Diálogos',
		states: 'Estados',
		organisations: 'Organizaciones',
		reference: 'Listas de referencia',
		manage: 'Gestionar',
		admin: 'Administración',
		signIn: 'Iniciar sesión',
		signUp: 'Crear una cuenta',
		signOut: 'Cerrar sesión',
		account: 'Mi cuenta'
	},
	common: {
		save: 'Guardar',
		create: 'Crear',
		cancel: 'Cancelar',
		search: 'Buscar',
		filter: 'Filtrar',
		edit: 'Editar',
		none: 'Ninguno',
		all: 'Todos',
		yes: 'Sí',
		no: 'No',
		page: 'Página {page} de {pages}',
		previous: 'Página anterior',
		next: 'Página siguiente',
		results: '{count, plural, one {# resultado} other {# resultados}}',
		optional: 'opcional',
		required: 'obligatorio',
		saved: 'Guardado.',
		created: 'Creado.',
		back: 'Volver',
		details: 'Detalles',
		name: 'Nombre',
		type: 'Tipo',
		country: 'País',
		dates: 'Fechas',
		status: 'Situación',
		actions: 'Acciones',
		inLanguage: 'en {language}',
		englishRequired: 'El inglés es obligatorio; los demás idiomas son opcionales.',
		englishFirst: 'Opcional. Si lo rellena, el inglés es obligatorio; los demás idiomas son opcionales.',
		noResults: 'No hay resultados.',
		dateRange: '{start} – {end}'
	},
	validation: {
		number: 'Introduzca un número.',
		phone: 'Introduzca un número de teléfono, por ejemplo +41 22 717 91 11.',
		required: 'Este campo es obligatorio.',
		tooShort: 'Utilice al menos {min} caracteres.',
		tooLong: 'Utilice como máximo {max} caracteres.',
		tooSmall: 'El valor mínimo permitido es {min}.',
		tooBig: 'El valor máximo permitido es {max}.',
		email: 'Introduzca una dirección de correo electrónico como nombre@ejemplo.org.',
		url: 'Introduzca una dirección web que empiece por https://.',
		date: 'Introduzca una fecha con el formato AAAA-MM-DD.',
		dateOrder: 'La fecha de finalización no puede ser anterior a la fecha de inicio.',
		format: 'Este valor no tiene el formato esperado.',
		choice: 'Elija una de las opciones propuestas.',
		unknownLanguage: 'Solo se aceptan textos en español, francés, inglés y árabe.'
	},
	errors: {
		title: 'Se ha producido un error',
		notFound: 'Esta página no existe o ya no está disponible.',
		forbidden: 'No tiene permiso para ver esta página.',
		signInRequired: 'Inicie sesión para continuar.',
		unexpected: 'Se ha producido un error inesperado. Ha quedado registrado; vuelva a intentarlo.',
		staleEdit:
			'Otra persona ha modificado este registro desde que usted lo abrió. No se ha sobrescrito nada: vuelva a cargar la página para ver sus cambios y, a continuación, introduzca de nuevo los suyos.',
		badRequest: 'No se ha podido interpretar la solicitud.',
		checkFields: 'Algunos campos requieren su atención: consulte el mensaje junto a cada uno.',
		status: 'Error {status}'
	},
	home: {
		title: 'Los diálogos sobre políticas migratorias, desde el orden del día hasta los resultados',
		intro: 'Consulte los diálogos, sus ciclos anuales y eventos, y los Estados y organizaciones que participan en ellos.',
		dialogues: 'Diálogos',
		upcoming: 'Últimos eventos',
		cycles: '{count, plural, one {# ciclo} other {# ciclos}}'
	},
	dialogues: {
		title: 'Diálogos',
		cycles: 'Ciclos',
		cycle: 'Ciclo {year}',
		theme: 'Tema general',
		events: 'Eventos',
		eventCount: '{count, plural, one {# evento} other {# eventos}}',
		noEvents: 'Todavía no hay eventos registrados para este ciclo.',
		languages: 'Idiomas de trabajo',
		secretariat: 'Secretaría',
		year: 'Año',
		kind: {
			session: 'Período de sesiones',
			workshop: 'Taller entre reuniones',
			'side-event': 'Evento paralelo',
			seminar: 'Seminario',
			conference: 'Conferencia',
			'council-session': 'Reunión del Consejo'
		},
		format: { 'in-person': 'Presencial', online: 'En línea', hybrid: 'Híbrido' },
		eventStatus: { planned: 'Previsto', confirmed: 'Confirmado', postponed: 'Aplazado', held: 'Celebrado', cancelled: 'Cancelado' },
		cycleStatus: { planning: 'En preparación', active: 'En curso', closed: 'Cerrado' },
		event: {
			when: 'Cuándo',
			where: 'Dónde',
			format: 'Modalidad',
			organisers: 'Organizadores',
			expectedOutcomes: 'Resultados previstos',
			documentSymbol: 'Signatura del documento',
			partOf: 'Forma parte de: {dialogue}, {year}',
			postponedBecause: 'Aplazado: {reason}',
			postponementReason: 'Motivo del aplazamiento',
			postponementHint:
				'Necesario con el estado Aplazado (por ejemplo: aplazado por falta de financiación); se muestra en la página del evento.',
			summary: 'Resumen'
		},
		errors: {
			unknownCycle: 'Elija un ciclo existente.',
			tiedToCycle:
				'Este evento no puede pasar a otro ciclo: hay líneas presupuestarias o promesas de contribución de su ciclo vinculadas a él. Muévalas o elimínelas primero.',
			unknownDialogue: 'Elija un diálogo existente.',
			yearTaken: 'Este diálogo ya tiene un ciclo para ese año.',
			postponedNeedsReason: 'Indique el motivo del aplazamiento del evento.',
			cannotPostpone: 'Un evento celebrado o cancelado no puede aplazarse.',
			slug: 'Utilice letras minúsculas, cifras y guiones simples, por ejemplo idm o gfmd-2026.',
			slugTaken: 'Otro diálogo ya utiliza esta dirección.'
		}
	},
	directory: {
		states: {
			title: 'Estados',
			intro: 'Los Estados, con su condición respecto de la OIM y su región de la OIM en la fecha indicada.',
			searchLabel: 'Buscar Estados por nombre o código ISO',
			membership: 'Condición respecto de la OIM',
			region: 'Región de la OIM',
			onDate: 'En la fecha',
			gcmChampion: 'País campeón del Pacto Mundial',
			iso: 'Código ISO 3166',
			memberships: 'Historial de la condición de miembro',
			regions: 'Regiones a lo largo del tiempo',
			since: 'desde el {date}',
			until: 'hasta el {date}',
			dateUnknown: 'fecha de inicio no registrada',
			count: '{count, plural, one {# Estado} other {# Estados}}',
			nameSource: 'Nombres tomados de la tabla propia de la plataforma',
			fallbackNames: 'Algunos nombres proceden de una lista general de países y están pendientes de verificación por las Naciones Unidas.'
		},
		membership: { member: 'Estado Miembro', observer: 'Estado Observador', 'non-member': 'Estado no miembro' },
		organisations: {
			title: 'Organizaciones',
			intro: 'Gobiernos, organizaciones internacionales, sociedad civil y otros asociados de los diálogos.',
			searchLabel: 'Buscar organizaciones por nombre o sigla',
			acronym: 'Sigla',
			parent: 'Organización matriz',
			children: 'Dependencias y oficinas',
			website: 'Sitio web',
			new: 'Nueva organización',
			edit: 'Editar la organización',
			merge: 'Fusionar un duplicado con esta organización',
			mergeHelp:
				'Todas las referencias al duplicado (eventos, cargos, coordinadores, dependencias) se trasladan aquí; el duplicado se conserva como fusionado, a título de registro.',
			mergeSource: 'Duplicado que se fusionará con este registro',
			mergeButton: 'Fusionar',
			merged: 'Fusión realizada. {count, plural, one {Se ha trasladado # referencia} other {Se han trasladado # referencias}}.',
			mergedInto: 'Este registro se fusionó con {name}.'
		},
		orgType: {
			'national-government': 'Gobierno nacional',
			iom: 'OIM',
			'un-entity': 'Entidad de las Naciones Unidas',
			intergovernmental: 'Organización intergubernamental',
			'international-organisation': 'Organización internacional',
			'civil-society': 'Sociedad civil',
			'private-sector': 'Sector privado',
			'academia-research': 'Instituciones académicas y de investigación',
			'local-authority': 'Autoridad local',
			diaspora: 'Organización de la diáspora',
			'trade-union': 'Sindicato',
			media: 'Medios de comunicación',
			'multilateral-cooperation-agency': 'Organismo de cooperación multilateral'
		},
		people: {
			title: 'Personas',
			new: 'Nueva persona',
			edit: 'Editar la persona',
			honorific: 'Tratamiento',
			givenName: 'Nombre',
			familyName: 'Apellido',
			gender: 'Género',
			email: 'Correo electrónico',
			positions: 'Cargos',
			position: 'Cargo',
			organisation: 'Organización',
			from: 'Desde',
			to: 'Hasta',
			addPosition: 'Añadir un cargo',
			merge: 'Fusionar un duplicado con esta persona',
			mergeSource: 'Duplicado que se fusionará con este registro',
			searchLabel: 'Buscar personas por nombre',
			personalData: 'Datos personales: visibles únicamente para la secretaría.'
		},
		gender: { female: 'Mujer', male: 'Hombre', other: 'Otro', undisclosed: 'No indicado' },
		errors: {
			stateCode: 'Utilice un código ISO 3166 de tres letras, por ejemplo CAN.',
			unknownState: 'No existe ningún Estado con este código.',
			unknownOrganisation: 'Elija una organización existente.',
			unknownPerson: 'Elija una persona existente.',
			ownParent: 'Una organización no puede ser su propia organización matriz.',
			mergeSelf: 'Una organización o persona no puede fusionarse consigo misma.',
			merged: 'Este registro se ha fusionado con otro y ya no puede modificarse.'
		}
	},
	programme: programme.es,
	registration: registration.es,
	attendance: attendance.es,
	statistics: statistics.es,
	agenda: agenda.es,
	funding: funding.es,
	reports: reports.es,
	reportPages: reportPages.es,
	reportEditor: reportEditor.es,
	reportReview: reportReview.es,
	followUp: followUp.es,
	practices: practices.es,
	practiceReview: practiceReview.es,
	surveys: surveys.es,
	participation: participation.es,
	pdf: pdf.es,
	reference: {
		title: 'Listas de referencia',
		intro: 'Las listas con las que se clasifican las prácticas, las conclusiones y las estadísticas, y la procedencia de cada una.',
		gcmObjectives: 'Pacto Mundial para la Migración: objetivos',
		gcmPrinciples: 'Pacto Mundial para la Migración: principios rectores',
		managementModel: 'Modelo de gestión de la migración de la OIM',
		crossCutting: 'Actividades transversales',
		stages: 'Etapas del ciclo migratorio',
		sources: 'Fuentes y verificación',
		file: 'Archivo',
		source: 'Fuente',
		verification: 'Verificación'
	},
	auth: {
		signIn: {
			title: 'Iniciar sesión',
			submit: 'Iniciar sesión',
			forgot: '¿Ha olvidado su contraseña?',
			noAccount: '¿Todavía no tiene una cuenta?'
		},
		signUp: {
			title: 'Crear una cuenta',
			submit: 'Crear la cuenta',
			haveAccount: '¿Ya tiene una cuenta?',
			passwordHelp: 'Al menos 10 caracteres; evite las contraseñas habituales.'
		},
		signOut: 'Cerrar sesión',
		forgot: {
			title: 'Restablecer la contraseña',
			intro:
				'Introduzca su dirección de correo electrónico. Si tiene una cuenta asociada, le enviaremos un enlace para elegir una nueva contraseña.',
			submit: 'Enviar el enlace',
			sent: 'Si esta dirección tiene una cuenta asociada, recibirá un enlace para restablecer la contraseña. El enlace es válido durante 60 minutos.'
		},
		reset: {
			title: 'Elegir una nueva contraseña',
			submit: 'Establecer la nueva contraseña',
			done: 'Su contraseña se ha cambiado. Inicie sesión con la nueva.'
		},
		account: {
			title: 'Mi cuenta',
			roles: 'Funciones',
			noRoles: 'Participante (ninguna otra función)',
			boundState: 'para {name}',
			boundOrganisation: 'para {name}'
		},
		fields: { email: 'Dirección de correo electrónico', password: 'Contraseña', newPassword: 'Nueva contraseña', displayName: 'Su nombre' },
		role: {
			participant: 'Participante',
			'state-focal-point': 'Coordinador de un Estado',
			'partner-focal-point': 'Coordinador de un asociado',
			reviewer: 'Revisor',
			secretariat: 'Secretaría',
			admin: 'Administrador'
		},
		errors: {
			emailTaken: 'Ya hay una cuenta con esta dirección de correo electrónico. Inicie sesión o restablezca la contraseña.',
			passwordShort: 'Utilice al menos 10 caracteres.',
			passwordLong: 'Utilice como máximo 200 caracteres.',
			passwordWeak: 'Esta contraseña es demasiado fácil de adivinar. Utilice una frase más larga con caracteres variados.',
			badCredentials: 'La dirección de correo electrónico o la contraseña no son correctas.',
			rateLimited:
				'Demasiados intentos fallidos de inicio de sesión. Espere {minutes} minutos y vuelva a intentarlo, o restablezca la contraseña.',
			resetExpired: 'Este enlace de restablecimiento ha caducado o ya se ha utilizado. Solicite uno nuevo.',
			noSuchUser: 'No hay ninguna cuenta con esta dirección de correo electrónico.',
			focalPointNeedsState: 'Un coordinador de un Estado debe estar vinculado a un Estado.',
			focalPointNeedsOrganisation: 'Un coordinador de un asociado debe estar vinculado a una organización.'
		}
	},
	manage: {
		title: 'Secretaría',
		intro: 'Cree y edite los ciclos y eventos de los diálogos, y mantenga el directorio en orden.',
		events: 'Eventos',
		newEvent: 'Nuevo evento',
		editEvent: 'Editar el evento',
		cycles: 'Ciclos',
		dialogues: 'Diálogos',
		newDialogue: 'Nuevo diálogo',
		editDialogue: 'Editar el diálogo',
		newCycle: 'Nuevo ciclo',
		editCycle: 'Editar el ciclo',
		organisations: 'Organizaciones',
		people: 'Personas',
		viewPublic: 'Ver la página pública',
		fields: {
			dialogue: 'Diálogo',
			slug: 'Dirección web (slug)',
			slugHelp: 'Se utiliza en los enlaces: /dialogues/<slug>.',
			acronym: 'Sigla',
			name: 'Nombre',
			description: 'Descripción',
			languages: 'Idiomas de trabajo',
			secretariat: 'Secretaría',
			cycle: 'Ciclo',
			kind: 'Tipo de evento',
			title: 'Título',
			subtitle: 'Subtítulo',
			summary: 'Resumen',
			theme: 'Tema general',
			startDate: 'Fecha de inicio',
			endDate: 'Fecha de finalización',
			venue: 'Lugar',
			city: 'Ciudad',
			country: 'País',
			format: 'Modalidad',
			status: 'Situación',
			expectedOutcomes: 'Resultados previstos',
			expectedOutcomesHelp: 'Un resultado por línea.',
			documentSymbol: 'Signatura del documento',
			organisers: 'Organizadores',
			organisersHelp: 'Mantenga pulsada la tecla Ctrl (o Cmd) para elegir varios.',
			year: 'Año',
			chooseCountry: 'Ningún país'
		}
	},
	admin: {
		title: 'Administración',
		audit: 'Registro de auditoría',
		auditIntro: 'Cada modificación: quién, qué, cuándo, y el registro antes y después.',
		outbox: 'Bandeja de salida',
		outboxIntro: 'Los correos que la plataforma ha enviado o, sin SMTP_URL, ha conservado aquí.',
		users: 'Usuarios y funciones',
		when: 'Cuándo',
		who: 'Quién',
		action: 'Acción',
		entity: 'Registro',
		before: 'Antes',
		after: 'Después',
		to: 'Destinatario',
		subject: 'Asunto',
		sent: 'Enviado',
		notSent: 'Conservado en la bandeja de salida',
		grant: 'Asignar una función',
		role: 'Función',
		state: 'Estado (para los coordinadores de un Estado)',
		organisation: 'Organización (para los coordinadores de un asociado)',
		granted: 'Función asignada.',
		older: 'Entradas anteriores'
	}
};
