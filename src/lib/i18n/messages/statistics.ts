/** The participation statistics annex in every language (kept with their area so areas can grow apart). */
const en = {
	title: 'Participation statistics',
	titleOf: 'Participation statistics: {event}',
	lede: 'Every figure is computed from the event’s records when this page is shown, never typed in. Counts are of approved registrations unless a figure says otherwise; beside each figure is what it counts and what its share is taken of.',
	asOf: 'IOM regions, memberships and GCM champion countries as they were on {date}, the event’s first day.',
	link: 'Participation statistics',
	manageLink: 'Statistics, with the people behind each figure',
	shareOf: '{share} of {denominator}',
	notCounted: 'Not counted: {pending} pending, {waitlisted} waitlisted, {rejected} rejected and {withdrawn} withdrawn registrations.',
	empty: 'Nothing to count yet.',
	download: 'Download as CSV',
	downloadTable: 'Download the table “{table}” as CSV',
	chartAlt: '{table}. {values}.',
	chartValue: '{label}: {count}',
	chartValueShare: '{label}: {count} ({share})',
	noRegion: 'No IOM region on that date',
	noType: 'Type not recorded',
	noSector: 'No organisation recorded',
	publicView: 'Public page',
	denominator: {
		registrations: { total: '{count, plural, one {# approved registration} other {# approved registrations}}' },
		governments: { count: '{count, plural, one {# government} other {# governments}}' },
		partners: { organisations: '{count, plural, one {# partner organisation} other {# partner organisations}}' },
		speakers: { total: '{count, plural, one {# speaker} other {# speakers}}' },
		representatives: '{count, plural, one {# government representative} other {# government representatives}}'
	},
	figure: {
		registrations: { total: 'Registrations' },
		governments: {
			representatives: 'Government representatives',
			count: 'Governments',
			memberStates: 'IOM Member States',
			gcmChampions: 'of which GCM champion countries',
			observerStates: 'Observer States',
			nonMemberStates: 'Non-member States'
		},
		iom: { representatives: 'IOM representatives' },
		partners: { representatives: 'Partner representatives', organisations: 'Partner organisations' },
		attendance: { inRoom: 'In the room', online: 'Online', both: 'In the room and online' },
		speakers: { total: 'Speakers' }
	},
	definition: {
		registrations: {
			total:
				'Registrations approved for the event, whatever their category. Pending, waitlisted, rejected and withdrawn registrations are not counted; registrations whose personal data was erased still are.'
		},
		governments: {
			representatives: 'Approved registrations in the delegation of a State.',
			count: 'Distinct States with at least one approved government representative.',
			memberStates: 'Of those States, the IOM Member States on the event’s first day.',
			gcmChampions: 'Of those States, the GCM champion countries on the event’s first day, whatever their membership.',
			observerStates: 'Of those States, the IOM observer States on the event’s first day.',
			nonMemberStates: 'Of those States, the ones neither member nor observer of IOM on the event’s first day.'
		},
		iom: { representatives: 'Approved registrations of IOM staff.' },
		partners: {
			representatives:
				'Approved registrations of partner organisations (UN entities, international and civil society organisations, private sector, academia, local authorities…).',
			organisations: 'Distinct organisations named by the approved partner registrations.'
		},
		attendance: {
			inRoom: 'Approved participants with at least one attendance record in the room, on any day or programme item.',
			online: 'Approved participants with at least one online attendance record.',
			both: 'Approved participants recorded in the room and online, on the same day or on different days; they are also counted in the two figures above.'
		},
		speakers: {
			total:
				'Distinct people speaking in the event’s programme, each counted once: their first appearance in programme order gives their role and organisation.'
		}
	},
	section: {
		registrations: 'Registrations',
		attendance: 'Attendance',
		governments: 'Participation of Member States and non-member States',
		regions: 'Participation of States and government representatives by region',
		partners: 'Participation of IOM and partners',
		speakers: 'Speakers'
	},
	table: {
		registrations: {
			title: 'Approved registrations by category',
			definition: 'Approved registrations by the category they registered in; shares of all approved registrations.'
		},
		attendance: {
			title: 'Attendance by mode',
			definition: 'Approved participants by where they were recorded at least once; shares of approved registrations.'
		},
		governments: {
			title: 'States by IOM membership',
			definition: 'States of the government delegations by IOM membership on the event’s first day; shares of the States represented.'
		},
		regions: {
			title: 'States and government representatives by IOM region',
			definition:
				'States and their approved representatives by the IOM region in force on the event’s first day; shares of the States represented and of their representatives.'
		},
		'partner-types': {
			title: 'Partner organisations by type',
			definition: 'Distinct partner organisations by type, with their approved representatives; shares of all partner organisations.'
		},
		'speakers-by-role': {
			title: 'Speakers by role',
			definition: 'Speakers by their role at their first appearance; shares of all speakers.'
		},
		'speakers-by-gender': {
			title: 'Speakers by gender',
			definition: 'Speakers by the gender recorded in the directory; shares of all speakers.'
		},
		'speakers-by-region': {
			title: 'Speakers by IOM region',
			definition: 'Speakers by the IOM region of their organisation’s country on the event’s first day; shares of all speakers.'
		},
		'speakers-by-sector': {
			title: 'Speakers by sector',
			definition: 'Speakers by the type of the organisation they spoke for; shares of all speakers.'
		}
	},
	column: {
		category: 'Category',
		mode: 'Attendance',
		membership: 'Membership',
		region: 'IOM region',
		type: 'Type',
		role: 'Role',
		gender: 'Gender',
		sector: 'Sector',
		registrations: 'Registrations',
		people: 'People',
		states: 'States',
		shareOfStates: 'Share of States',
		representatives: 'Representatives',
		shareOfRepresentatives: 'Share of representatives',
		organisations: 'Organisations',
		speakers: 'Speakers',
		share: 'Share'
	},
	drill: {
		show: 'Who',
		showFor: 'Who makes up “{figure}”',
		heading: 'Registrations behind “{figure}”',
		count: '{count, plural, one {# approved registration} other {# approved registrations}}',
		none: 'No registration makes up this figure.',
		back: 'All figures',
		number: 'No.',
		name: 'Name',
		state: 'State',
		organisation: 'Organisation',
		status: 'Status'
	}
};

const fr: typeof en = {
	title: 'Statistiques de participation',
	titleOf: 'Statistiques de participation : {event}',
	lede: 'Chaque chiffre est calculé à partir des données de l’événement à l’affichage de cette page, jamais saisi à la main. Les décomptes portent sur les inscriptions approuvées sauf mention contraire ; à côté de chaque chiffre figurent ce qu’il compte et ce dont sa part est calculée.',
	asOf: 'Régions de l’OIM, statut de membre et pays champions du PMM tels qu’ils étaient le {date}, premier jour de l’événement.',
	link: 'Statistiques de participation',
	manageLink: 'Statistiques, avec les personnes derrière chaque chiffre',
	shareOf: '{share} de {denominator}',
	notCounted:
		'Non comptées : {pending} inscriptions en attente, {waitlisted} en liste d’attente, {rejected} refusées et {withdrawn} retirées.',
	empty: 'Rien à compter pour l’instant.',
	download: 'Télécharger en CSV',
	downloadTable: 'Télécharger le tableau « {table} » en CSV',
	chartAlt: '{table}. {values}.',
	chartValue: '{label} : {count}',
	chartValueShare: '{label} : {count} ({share})',
	noRegion: 'Aucune région de l’OIM à cette date',
	noType: 'Type non renseigné',
	noSector: 'Aucune organisation renseignée',
	publicView: 'Page publique',
	denominator: {
		registrations: { total: '{count, plural, one {# inscription approuvée} other {# inscriptions approuvées}}' },
		governments: { count: '{count, plural, one {# gouvernement} other {# gouvernements}}' },
		partners: { organisations: '{count, plural, one {# organisation partenaire} other {# organisations partenaires}}' },
		speakers: { total: '{count, plural, one {# intervenant} other {# intervenants}}' },
		representatives: '{count, plural, one {# représentant gouvernemental} other {# représentants gouvernementaux}}'
	},
	figure: {
		registrations: { total: 'Inscriptions' },
		governments: {
			representatives: 'Représentants gouvernementaux',
			count: 'Gouvernements',
			memberStates: 'États membres de l’OIM',
			gcmChampions: 'dont pays champions du PMM',
			observerStates: 'États observateurs',
			nonMemberStates: 'États non membres'
		},
		iom: { representatives: 'Représentants de l’OIM' },
		partners: { representatives: 'Représentants des partenaires', organisations: 'Organisations partenaires' },
		attendance: { inRoom: 'Dans la salle', online: 'En ligne', both: 'Dans la salle et en ligne' },
		speakers: { total: 'Intervenants' }
	},
	definition: {
		registrations: {
			total:
				'Inscriptions approuvées pour l’événement, quelle que soit leur catégorie. Les inscriptions en attente, en liste d’attente, refusées et retirées ne sont pas comptées ; celles dont les données personnelles ont été effacées le sont toujours.'
		},
		governments: {
			representatives: 'Inscriptions approuvées dans la délégation d’un État.',
			count: 'États distincts ayant au moins un représentant gouvernemental approuvé.',
			memberStates: 'Parmi ces États, les États membres de l’OIM au premier jour de l’événement.',
			gcmChampions: 'Parmi ces États, les pays champions du PMM au premier jour de l’événement, quel que soit leur statut de membre.',
			observerStates: 'Parmi ces États, les États observateurs de l’OIM au premier jour de l’événement.',
			nonMemberStates: 'Parmi ces États, ceux qui n’étaient ni membres ni observateurs de l’OIM au premier jour de l’événement.'
		},
		iom: { representatives: 'Inscriptions approuvées du personnel de l’OIM.' },
		partners: {
			representatives:
				'Inscriptions approuvées d’organisations partenaires (entités des Nations Unies, organisations internationales et de la société civile, secteur privé, milieux universitaires, autorités locales…).',
			organisations: 'Organisations distinctes nommées par les inscriptions approuvées de partenaires.'
		},
		attendance: {
			inRoom:
				'Participants approuvés ayant au moins une présence enregistrée dans la salle, quel que soit le jour ou le point du programme.',
			online: 'Participants approuvés ayant au moins une présence en ligne enregistrée.',
			both: 'Participants approuvés enregistrés dans la salle et en ligne, le même jour ou des jours différents ; ils sont aussi comptés dans les deux chiffres ci-dessus.'
		},
		speakers: {
			total:
				'Personnes distinctes intervenant au programme de l’événement, chacune comptée une fois : sa première intervention dans l’ordre du programme donne son rôle et son organisation.'
		}
	},
	section: {
		registrations: 'Inscriptions',
		attendance: 'Présence',
		governments: 'Participation des États membres et non membres',
		regions: 'Participation des États et des représentants gouvernementaux par région',
		partners: 'Participation de l’OIM et des partenaires',
		speakers: 'Intervenants'
	},
	table: {
		registrations: {
			title: 'Inscriptions approuvées par catégorie',
			definition: 'Inscriptions approuvées selon la catégorie choisie ; parts de l’ensemble des inscriptions approuvées.'
		},
		attendance: {
			title: 'Présence par mode',
			definition: 'Participants approuvés selon le lieu où ils ont été enregistrés au moins une fois ; parts des inscriptions approuvées.'
		},
		governments: {
			title: 'États selon leur statut à l’OIM',
			definition:
				'États des délégations gouvernementales selon leur statut à l’OIM au premier jour de l’événement ; parts des États représentés.'
		},
		regions: {
			title: 'États et représentants gouvernementaux par région de l’OIM',
			definition:
				'États et leurs représentants approuvés selon la région de l’OIM en vigueur au premier jour de l’événement ; parts des États représentés et de leurs représentants.'
		},
		'partner-types': {
			title: 'Organisations partenaires par type',
			definition:
				'Organisations partenaires distinctes par type, avec leurs représentants approuvés ; parts de l’ensemble des organisations partenaires.'
		},
		'speakers-by-role': {
			title: 'Intervenants par rôle',
			definition: 'Intervenants selon leur rôle lors de leur première intervention ; parts de l’ensemble des intervenants.'
		},
		'speakers-by-gender': {
			title: 'Intervenants par genre',
			definition: 'Intervenants selon le genre enregistré dans l’annuaire ; parts de l’ensemble des intervenants.'
		},
		'speakers-by-region': {
			title: 'Intervenants par région de l’OIM',
			definition:
				'Intervenants selon la région de l’OIM du pays de leur organisation au premier jour de l’événement ; parts de l’ensemble des intervenants.'
		},
		'speakers-by-sector': {
			title: 'Intervenants par secteur',
			definition:
				'Intervenants selon le type de l’organisation au nom de laquelle ils sont intervenus ; parts de l’ensemble des intervenants.'
		}
	},
	column: {
		category: 'Catégorie',
		mode: 'Présence',
		membership: 'Statut',
		region: 'Région de l’OIM',
		type: 'Type',
		role: 'Rôle',
		gender: 'Genre',
		sector: 'Secteur',
		registrations: 'Inscriptions',
		people: 'Personnes',
		states: 'États',
		shareOfStates: 'Part des États',
		representatives: 'Représentants',
		shareOfRepresentatives: 'Part des représentants',
		organisations: 'Organisations',
		speakers: 'Intervenants',
		share: 'Part'
	},
	drill: {
		show: 'Qui',
		showFor: 'Qui compose « {figure} »',
		heading: 'Inscriptions derrière « {figure} »',
		count: '{count, plural, one {# inscription approuvée} other {# inscriptions approuvées}}',
		none: 'Aucune inscription ne compose ce chiffre.',
		back: 'Tous les chiffres',
		number: 'N°',
		name: 'Nom',
		state: 'État',
		organisation: 'Organisation',
		status: 'Statut'
	}
};

const es: typeof en = {
	title: 'Estadísticas de participación',
	titleOf: 'Estadísticas de participación: {event}',
	lede: 'Cada cifra se calcula a partir de los registros del evento al mostrar esta página, nunca se introduce a mano. Se cuentan las inscripciones aprobadas salvo que la cifra indique otra cosa; junto a cada cifra figura qué cuenta y de qué total es su porcentaje.',
	asOf: 'Regiones de la OIM, condición de miembro y países campeones del PMM tal como estaban el {date}, primer día del evento.',
	link: 'Estadísticas de participación',
	manageLink: 'Estadísticas, con las personas detrás de cada cifra',
	shareOf: '{share} de {denominator}',
	notCounted:
		'No se cuentan: {pending} inscripciones pendientes, {waitlisted} en lista de espera, {rejected} rechazadas y {withdrawn} retiradas.',
	empty: 'Todavía no hay nada que contar.',
	download: 'Descargar en CSV',
	downloadTable: 'Descargar la tabla «{table}» en CSV',
	chartAlt: '{table}. {values}.',
	chartValue: '{label}: {count}',
	chartValueShare: '{label}: {count} ({share})',
	noRegion: 'Ninguna región de la OIM en esa fecha',
	noType: 'Tipo no registrado',
	noSector: 'Ninguna organización registrada',
	publicView: 'Página pública',
	denominator: {
		registrations: { total: '{count, plural, one {# inscripción aprobada} other {# inscripciones aprobadas}}' },
		governments: { count: '{count, plural, one {# gobierno} other {# gobiernos}}' },
		partners: { organisations: '{count, plural, one {# organización asociada} other {# organizaciones asociadas}}' },
		speakers: { total: '{count, plural, one {# orador} other {# oradores}}' },
		representatives: '{count, plural, one {# representante gubernamental} other {# representantes gubernamentales}}'
	},
	figure: {
		registrations: { total: 'Inscripciones' },
		governments: {
			representatives: 'Representantes gubernamentales',
			count: 'Gobiernos',
			memberStates: 'Estados miembros de la OIM',
			gcmChampions: 'de ellos, países campeones del PMM',
			observerStates: 'Estados observadores',
			nonMemberStates: 'Estados no miembros'
		},
		iom: { representatives: 'Representantes de la OIM' },
		partners: { representatives: 'Representantes de asociados', organisations: 'Organizaciones asociadas' },
		attendance: { inRoom: 'En la sala', online: 'En línea', both: 'En la sala y en línea' },
		speakers: { total: 'Oradores' }
	},
	definition: {
		registrations: {
			total:
				'Inscripciones aprobadas para el evento, sea cual sea su categoría. No se cuentan las pendientes, en lista de espera, rechazadas ni retiradas; las inscripciones cuyos datos personales se borraron sí se cuentan.'
		},
		governments: {
			representatives: 'Inscripciones aprobadas en la delegación de un Estado.',
			count: 'Estados distintos con al menos un representante gubernamental aprobado.',
			memberStates: 'De esos Estados, los Estados miembros de la OIM el primer día del evento.',
			gcmChampions: 'De esos Estados, los países campeones del PMM el primer día del evento, sea cual sea su condición de miembro.',
			observerStates: 'De esos Estados, los Estados observadores de la OIM el primer día del evento.',
			nonMemberStates: 'De esos Estados, los que no eran miembros ni observadores de la OIM el primer día del evento.'
		},
		iom: { representatives: 'Inscripciones aprobadas del personal de la OIM.' },
		partners: {
			representatives:
				'Inscripciones aprobadas de organizaciones asociadas (entidades de las Naciones Unidas, organizaciones internacionales y de la sociedad civil, sector privado, mundo académico, autoridades locales…).',
			organisations: 'Organizaciones distintas nombradas por las inscripciones aprobadas de asociados.'
		},
		attendance: {
			inRoom: 'Participantes aprobados con al menos un registro de asistencia en la sala, cualquier día o punto del programa.',
			online: 'Participantes aprobados con al menos un registro de asistencia en línea.',
			both: 'Participantes aprobados registrados en la sala y en línea, el mismo día o en días distintos; también se cuentan en las dos cifras anteriores.'
		},
		speakers: {
			total:
				'Personas distintas que intervienen en el programa del evento, cada una contada una vez: su primera intervención en el orden del programa da su función y su organización.'
		}
	},
	section: {
		registrations: 'Inscripciones',
		attendance: 'Asistencia',
		governments: 'Participación de Estados miembros y no miembros',
		regions: 'Participación de Estados y representantes gubernamentales por región',
		partners: 'Participación de la OIM y de los asociados',
		speakers: 'Oradores'
	},
	table: {
		registrations: {
			title: 'Inscripciones aprobadas por categoría',
			definition: 'Inscripciones aprobadas según la categoría elegida; porcentajes del total de inscripciones aprobadas.'
		},
		attendance: {
			title: 'Asistencia por modalidad',
			definition:
				'Participantes aprobados según dónde se registró su asistencia al menos una vez; porcentajes de las inscripciones aprobadas.'
		},
		governments: {
			title: 'Estados por condición en la OIM',
			definition:
				'Estados de las delegaciones gubernamentales según su condición en la OIM el primer día del evento; porcentajes de los Estados representados.'
		},
		regions: {
			title: 'Estados y representantes gubernamentales por región de la OIM',
			definition:
				'Estados y sus representantes aprobados según la región de la OIM vigente el primer día del evento; porcentajes de los Estados representados y de sus representantes.'
		},
		'partner-types': {
			title: 'Organizaciones asociadas por tipo',
			definition:
				'Organizaciones asociadas distintas por tipo, con sus representantes aprobados; porcentajes del total de organizaciones asociadas.'
		},
		'speakers-by-role': {
			title: 'Oradores por función',
			definition: 'Oradores según su función en su primera intervención; porcentajes del total de oradores.'
		},
		'speakers-by-gender': {
			title: 'Oradores por género',
			definition: 'Oradores según el género registrado en el directorio; porcentajes del total de oradores.'
		},
		'speakers-by-region': {
			title: 'Oradores por región de la OIM',
			definition:
				'Oradores según la región de la OIM del país de su organización el primer día del evento; porcentajes del total de oradores.'
		},
		'speakers-by-sector': {
			title: 'Oradores por sector',
			definition: 'Oradores según el tipo de la organización en cuyo nombre intervinieron; porcentajes del total de oradores.'
		}
	},
	column: {
		category: 'Categoría',
		mode: 'Asistencia',
		membership: 'Condición',
		region: 'Región de la OIM',
		type: 'Tipo',
		role: 'Función',
		gender: 'Género',
		sector: 'Sector',
		registrations: 'Inscripciones',
		people: 'Personas',
		states: 'Estados',
		shareOfStates: 'Porcentaje de Estados',
		representatives: 'Representantes',
		shareOfRepresentatives: 'Porcentaje de representantes',
		organisations: 'Organizaciones',
		speakers: 'Oradores',
		share: 'Porcentaje'
	},
	drill: {
		show: 'Quién',
		showFor: 'Quién compone «{figure}»',
		heading: 'Inscripciones detrás de «{figure}»',
		count: '{count, plural, one {# inscripción aprobada} other {# inscripciones aprobadas}}',
		none: 'Ninguna inscripción compone esta cifra.',
		back: 'Todas las cifras',
		number: 'N.º',
		name: 'Nombre',
		state: 'Estado',
		organisation: 'Organización',
		status: 'Estado de la inscripción'
	}
};

const ar: typeof en = {
	title: 'إحصاءات المشاركة',
	titleOf: 'إحصاءات المشاركة: {event}',
	lede: 'يُحسب كل رقم من سجلات الفعالية عند عرض هذه الصفحة، ولا يُدخل يدوياً أبداً. وتُحصى التسجيلات المقبولة ما لم يُذكر خلاف ذلك؛ وبجانب كل رقم بيانُ ما يحصيه والأساس الذي تُحسب منه نسبته.',
	asOf: 'مناطق المنظمة الدولية للهجرة وعضويتها والبلدان الرائدة في الاتفاق العالمي كما كانت في {date}، أول أيام الفعالية.',
	link: 'إحصاءات المشاركة',
	manageLink: 'الإحصاءات، مع الأشخاص الذين يقفون وراء كل رقم',
	shareOf: '{share} من {denominator}',
	notCounted:
		'غير محتسبة: التسجيلات المعلّقة ({pending})، والمدرجة في قائمة الانتظار ({waitlisted})، والمرفوضة ({rejected})، والمسحوبة ({withdrawn}).',
	empty: 'لا يوجد ما يُحصى بعد.',
	download: 'تنزيل بصيغة CSV',
	downloadTable: 'تنزيل الجدول «{table}» بصيغة CSV',
	chartAlt: '{table}. {values}.',
	chartValue: '{label}: {count}',
	chartValueShare: '{label}: {count} ({share})',
	noRegion: 'لا توجد منطقة للمنظمة الدولية للهجرة في ذلك التاريخ',
	noType: 'النوع غير مسجّل',
	noSector: 'لا توجد منظمة مسجّلة',
	publicView: 'الصفحة العامة',
	denominator: {
		registrations: {
			total:
				'{count, plural, zero {لا تسجيلات مقبولة} one {تسجيل مقبول واحد} two {تسجيلان مقبولان} few {# تسجيلات مقبولة} many {# تسجيلاً مقبولاً} other {# تسجيل مقبول}}'
		},
		governments: {
			count: '{count, plural, zero {لا حكومات} one {حكومة واحدة} two {حكومتان} few {# حكومات} many {# حكومة} other {# حكومة}}'
		},
		partners: {
			organisations:
				'{count, plural, zero {لا منظمات شريكة} one {منظمة شريكة واحدة} two {منظمتان شريكتان} few {# منظمات شريكة} many {# منظمة شريكة} other {# منظمة شريكة}}'
		},
		speakers: {
			total: '{count, plural, zero {لا متحدثين} one {متحدث واحد} two {متحدثان} few {# متحدثين} many {# متحدثاً} other {# متحدث}}'
		},
		representatives:
			'{count, plural, zero {لا ممثلين حكوميين} one {ممثل حكومي واحد} two {ممثلان حكوميان} few {# ممثلين حكوميين} many {# ممثلاً حكومياً} other {# ممثل حكومي}}'
	},
	figure: {
		registrations: { total: 'التسجيلات' },
		governments: {
			representatives: 'الممثلون الحكوميون',
			count: 'الحكومات',
			memberStates: 'الدول الأعضاء في المنظمة الدولية للهجرة',
			gcmChampions: 'منها بلدان رائدة في الاتفاق العالمي',
			observerStates: 'الدول المراقبة',
			nonMemberStates: 'الدول غير الأعضاء'
		},
		iom: { representatives: 'ممثلو المنظمة الدولية للهجرة' },
		partners: { representatives: 'ممثلو الشركاء', organisations: 'المنظمات الشريكة' },
		attendance: { inRoom: 'في القاعة', online: 'عبر الإنترنت', both: 'في القاعة وعبر الإنترنت' },
		speakers: { total: 'المتحدثون' }
	},
	definition: {
		registrations: {
			total:
				'التسجيلات المقبولة في الفعالية، أياً كانت فئتها. ولا تُحتسب التسجيلات المعلّقة أو المدرجة في قائمة الانتظار أو المرفوضة أو المسحوبة؛ أما التسجيلات التي مُحيت بياناتها الشخصية فتظل محتسبة.'
		},
		governments: {
			representatives: 'التسجيلات المقبولة ضمن وفد دولة.',
			count: 'الدول المتمايزة التي لها ممثل حكومي مقبول واحد على الأقل.',
			memberStates: 'من بين تلك الدول، الدول الأعضاء في المنظمة الدولية للهجرة في أول أيام الفعالية.',
			gcmChampions: 'من بين تلك الدول، البلدان الرائدة في الاتفاق العالمي في أول أيام الفعالية، أياً كان وضع عضويتها.',
			observerStates: 'من بين تلك الدول، الدول المراقبة لدى المنظمة الدولية للهجرة في أول أيام الفعالية.',
			nonMemberStates: 'من بين تلك الدول، الدول التي لم تكن عضواً ولا مراقباً في المنظمة الدولية للهجرة في أول أيام الفعالية.'
		},
		iom: { representatives: 'التسجيلات المقبولة لموظفي المنظمة الدولية للهجرة.' },
		partners: {
			representatives:
				'التسجيلات المقبولة للمنظمات الشريكة (كيانات الأمم المتحدة، والمنظمات الدولية ومنظمات المجتمع المدني، والقطاع الخاص، والأوساط الأكاديمية، والسلطات المحلية…).',
			organisations: 'المنظمات المتمايزة التي تذكرها تسجيلات الشركاء المقبولة.'
		},
		attendance: {
			inRoom: 'المشاركون المقبولون الذين لهم سجل حضور واحد على الأقل في القاعة، في أي يوم أو بند من بنود البرنامج.',
			online: 'المشاركون المقبولون الذين لهم سجل حضور واحد على الأقل عبر الإنترنت.',
			both: 'المشاركون المقبولون المسجَّل حضورهم في القاعة وعبر الإنترنت، في اليوم نفسه أو في أيام مختلفة؛ وهم محتسبون أيضاً في الرقمين أعلاه.'
		},
		speakers: {
			total:
				'الأشخاص المتمايزون الذين يتحدثون في برنامج الفعالية، ويُحتسب كل منهم مرة واحدة: يحدد أول ظهور له بحسب ترتيب البرنامج دورَه ومنظمتَه.'
		}
	},
	section: {
		registrations: 'التسجيلات',
		attendance: 'الحضور',
		governments: 'مشاركة الدول الأعضاء والدول غير الأعضاء',
		regions: 'مشاركة الدول والممثلين الحكوميين حسب المنطقة',
		partners: 'مشاركة المنظمة الدولية للهجرة والشركاء',
		speakers: 'المتحدثون'
	},
	table: {
		registrations: {
			title: 'التسجيلات المقبولة حسب الفئة',
			definition: 'التسجيلات المقبولة حسب الفئة التي سُجّلت فيها؛ والنسب من مجموع التسجيلات المقبولة.'
		},
		attendance: {
			title: 'الحضور حسب الطريقة',
			definition: 'المشاركون المقبولون حسب المكان الذي سُجّل حضورهم فيه مرة واحدة على الأقل؛ والنسب من التسجيلات المقبولة.'
		},
		governments: {
			title: 'الدول حسب العضوية في المنظمة الدولية للهجرة',
			definition: 'دول الوفود الحكومية حسب عضويتها في المنظمة الدولية للهجرة في أول أيام الفعالية؛ والنسب من الدول الممثَّلة.'
		},
		regions: {
			title: 'الدول والممثلون الحكوميون حسب مناطق المنظمة الدولية للهجرة',
			definition:
				'الدول وممثلوها المقبولون حسب منطقة المنظمة الدولية للهجرة السارية في أول أيام الفعالية؛ والنسب من الدول الممثَّلة ومن ممثليها.'
		},
		'partner-types': {
			title: 'المنظمات الشريكة حسب النوع',
			definition: 'المنظمات الشريكة المتمايزة حسب النوع، مع ممثليها المقبولين؛ والنسب من مجموع المنظمات الشريكة.'
		},
		'speakers-by-role': {
			title: 'المتحدثون حسب الدور',
			definition: 'المتحدثون حسب دورهم عند أول ظهور لهم؛ والنسب من مجموع المتحدثين.'
		},
		'speakers-by-gender': {
			title: 'المتحدثون حسب نوع الجنس',
			definition: 'المتحدثون حسب نوع الجنس المسجّل في الدليل؛ والنسب من مجموع المتحدثين.'
		},
		'speakers-by-region': {
			title: 'المتحدثون حسب مناطق المنظمة الدولية للهجرة',
			definition: 'المتحدثون حسب منطقة المنظمة الدولية للهجرة التي يقع فيها بلد منظمتهم في أول أيام الفعالية؛ والنسب من مجموع المتحدثين.'
		},
		'speakers-by-sector': {
			title: 'المتحدثون حسب القطاع',
			definition: 'المتحدثون حسب نوع المنظمة التي تحدثوا باسمها؛ والنسب من مجموع المتحدثين.'
		}
	},
	column: {
		category: 'الفئة',
		mode: 'الحضور',
		membership: 'العضوية',
		region: 'منطقة المنظمة الدولية للهجرة',
		type: 'النوع',
		role: 'الدور',
		gender: 'نوع الجنس',
		sector: 'القطاع',
		registrations: 'التسجيلات',
		people: 'الأشخاص',
		states: 'الدول',
		shareOfStates: 'النسبة من الدول',
		representatives: 'الممثلون',
		shareOfRepresentatives: 'النسبة من الممثلين',
		organisations: 'المنظمات',
		speakers: 'المتحدثون',
		share: 'النسبة'
	},
	drill: {
		show: 'مَن',
		showFor: 'مَن يشكّلون «{figure}»',
		heading: 'التسجيلات التي يتشكّل منها «{figure}»',
		count:
			'{count, plural, zero {لا تسجيلات مقبولة} one {تسجيل مقبول واحد} two {تسجيلان مقبولان} few {# تسجيلات مقبولة} many {# تسجيلاً مقبولاً} other {# تسجيل مقبول}}',
		none: 'لا يتشكّل هذا الرقم من أي تسجيل.',
		back: 'جميع الأرقام',
		number: 'الرقم',
		name: 'الاسم',
		state: 'الدولة',
		organisation: 'المنظمة',
		status: 'الحالة'
	}
};

export const statistics = { en, fr, es, ar };
