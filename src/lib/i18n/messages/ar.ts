import type { PartialMessages } from '..';
import { agenda } from './agenda';
import { attendance } from './attendance';
import { funding } from './funding';
import { reports } from './reports';
import { reportPages } from './report-pages';
import { reportEditor } from './report-editor';
import { reportReview } from './report-review';
import { followUp } from './follow-up';
import { practices } from './practices';
import { practiceReview } from './practice-review';
import { surveys } from './surveys';
import { participation } from './participation';
import { pdf } from './pdf';
import { programme } from './programme';
import { registration } from './registration';
import { statistics } from './statistics';

/**
 * Arabic: the complete catalogue, in the Modern Standard Arabic of UN and IOM documents (pages are
 * set right-to-left).
 */
export const ar: PartialMessages = {
	app: {
		name: 'منصة حوارات الهجرة',
		tagline: 'المشاورات والفعاليات والأدلة والنتائج والممارسات الجيدة لحوارات سياسات الهجرة',
		skipToContent: 'الانتقال إلى المحتوى الرئيسي',
		mainNavigation: 'التنقل الرئيسي',
		breadcrumb: 'مسار التنقل',
		language: 'اللغة',
		changeLanguage: 'تغيير اللغة',
		footer: 'تُحسب الأرقام الواردة في هذا الموقع من سجلاته.',
		home: 'الصفحة الرئيسية'
	},
	nav: {
		dialogues: 'الحوارات',
		states: 'الدول',
		organisations: 'المنظمات',
		reference: 'القوائم المرجعية',
		manage: 'الإدارة',
		admin: 'الإشراف',
		signIn: 'تسجيل الدخول',
		signUp: 'إنشاء حساب',
		signOut: 'تسجيل الخروج',
		account: 'حسابي'
	},
	common: {
		save: 'حفظ',
		create: 'إنشاء',
		cancel: 'إلغاء',
		search: 'بحث',
		filter: 'تصفية',
		edit: 'تحرير',
		none: 'لا شيء',
		all: 'الكل',
		yes: 'نعم',
		no: 'لا',
		page: 'الصفحة {page} من {pages}',
		previous: 'الصفحة السابقة',
		next: 'الصفحة التالية',
		results: '{count, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}',
		optional: 'اختياري',
		required: 'إلزامي',
		saved: 'تم الحفظ.',
		created: 'تم الإنشاء.',
		back: 'رجوع',
		details: 'التفاصيل',
		name: 'الاسم',
		type: 'النوع',
		country: 'البلد',
		dates: 'التواريخ',
		status: 'الحالة',
		actions: 'الإجراءات',
		inLanguage: 'باللغة {language}',
		englishRequired: 'النص الإنكليزي إلزامي؛ واللغات الأخرى اختيارية.',
		englishFirst: 'اختياري. إذا ملأته فالإنجليزية مطلوبة، واللغات الأخرى اختيارية.',
		noResults: 'لا توجد نتائج مطابقة.',
		dateRange: '{start} – {end}'
	},
	validation: {
		number: 'أدخل رقماً.',
		phone: 'أدخل رقم هاتف مثل ‎+41 22 717 91 11‎.',
		required: 'هذا الحقل إلزامي.',
		tooShort: 'استخدم {min} حرفاً على الأقل.',
		tooLong: 'استخدم {max} حرفاً على الأكثر.',
		tooSmall: 'أصغر قيمة مسموح بها هي {min}.',
		tooBig: 'أكبر قيمة مسموح بها هي {max}.',
		email: 'أدخل عنوان بريد إلكتروني مثل name@example.org.',
		url: 'أدخل عنواناً على الإنترنت يبدأ بـ https://.',
		date: 'أدخل التاريخ بصيغة YYYY-MM-DD.',
		dateOrder: 'لا يمكن أن يسبق تاريخُ الانتهاء تاريخَ البدء.',
		format: 'هذه القيمة ليست بالصيغة المتوقعة.',
		choice: 'اختر أحد الخيارات المعروضة.',
		unknownLanguage: 'لا تُقبل إلا النصوص الإنكليزية والفرنسية والإسبانية والعربية.'
	},
	errors: {
		title: 'حدث خطأ',
		notFound: 'هذه الصفحة غير موجودة أو لم تعد متاحة.',
		forbidden: 'ليس لديك إذن بالاطلاع على هذه الصفحة.',
		signInRequired: 'سجّل الدخول للمتابعة.',
		unexpected: 'حدث خطأ غير متوقع. وقد سُجّل؛ يُرجى المحاولة مرة أخرى.',
		staleEdit: 'غيّر شخص آخر هذا السجل منذ أن فتحته. لم يُستبدل أي شيء: أعد تحميل الصفحة للاطلاع على تغييراته، ثم أدخل تغييراتك مرة أخرى.',
		badRequest: 'تعذّر فهم الطلب.',
		checkFields: 'بعض الحقول تحتاج إلى مراجعة: انظر الرسالة بجانب كل منها.',
		status: 'الخطأ {status}'
	},
	home: {
		title: 'حوارات سياسات الهجرة، من جدول الأعمال إلى النتائج',
		intro: 'تصفّح الحوارات ودوراتها السنوية وفعالياتها، والدول والمنظمات المشاركة فيها.',
		dialogues: 'الحوارات',
		upcoming: 'أحدث الفعاليات',
		cycles:
			'{count, plural, zero {لا دورات سنوية} one {دورة سنوية واحدة} two {دورتان سنويتان} few {# دورات سنوية} many {# دورة سنوية} other {# دورة سنوية}}'
	},
	dialogues: {
		title: 'الحوارات',
		cycles: 'الدورات السنوية',
		cycle: 'دورة عام {year}',
		theme: 'الموضوع الشامل',
		events: 'الفعاليات',
		eventCount: '{count, plural, zero {لا فعاليات} one {فعالية واحدة} two {فعاليتان} few {# فعاليات} many {# فعالية} other {# فعالية}}',
		noEvents: 'لم تُسجَّل أي فعالية لهذه الدورة السنوية بعد.',
		languages: 'لغات العمل',
		secretariat: 'الأمانة',
		year: 'السنة',
		kind: {
			session: 'دورة',
			workshop: 'حلقة عمل بين الدورات',
			'side-event': 'حدث جانبي',
			seminar: 'حلقة دراسية',
			conference: 'مؤتمر',
			'council-session': 'دورة المجلس'
		},
		format: { 'in-person': 'حضورياً', online: 'عبر الإنترنت', hybrid: 'هجين' },
		eventStatus: { planned: 'مقررة', confirmed: 'مؤكدة', postponed: 'مؤجلة', held: 'عُقدت', cancelled: 'ملغاة' },
		cycleStatus: { planning: 'قيد التخطيط', active: 'جارية', closed: 'مختتمة' },
		event: {
			when: 'الموعد',
			where: 'المكان',
			format: 'الشكل',
			organisers: 'المنظمون',
			expectedOutcomes: 'النتائج المتوقعة',
			documentSymbol: 'رمز الوثيقة',
			partOf: 'جزء من {dialogue}، {year}',
			summary: 'الموجز',
			postponedBecause: 'مؤجلة: {reason}',
			postponementReason: 'سبب التأجيل',
			postponementHint: 'مطلوب مع حالة «مؤجلة» (مثلاً: أُجّلت لعدم توافر التمويل)؛ ويُعرض في صفحة الفعالية.'
		},
		errors: {
			unknownCycle: 'اختر دورة سنوية موجودة.',
			tiedToCycle: 'لا يمكن نقل هذه الفعالية إلى دورة سنوية أخرى: ترتبط بها بنود في الميزانية أو تعهدات من دورتها. انقلها أو احذفها أولاً.',
			unknownDialogue: 'اختر حواراً موجوداً.',
			yearTaken: 'لهذا الحوار دورة سنوية بالفعل في تلك السنة.',
			slug: 'استخدم أحرفاً لاتينية صغيرة وأرقاماً وشرطات مفردة، مثل idm أو gfmd-2026.',
			slugTaken: 'يستخدم حوار آخر هذا العنوان بالفعل.',
			postponedNeedsReason: 'أدخل سبب تأجيل الفعالية.',
			cannotPostpone: 'لا يمكن تأجيل فعالية عُقدت أو أُلغيت.'
		}
	},
	directory: {
		states: {
			title: 'الدول',
			intro: 'الدول مع عضويتها في المنظمة الدولية للهجرة ومنطقتها لدى المنظمة في التاريخ المبيَّن.',
			searchLabel: 'البحث عن الدول بالاسم أو برمز ISO',
			membership: 'العضوية في المنظمة الدولية للهجرة',
			region: 'منطقة المنظمة الدولية للهجرة',
			onDate: 'في تاريخ',
			gcmChampion: 'بلد رائد في الاتفاق العالمي من أجل الهجرة',
			iso: 'رمز ISO 3166',
			memberships: 'تاريخ العضوية',
			regions: 'المناطق على مر الزمن',
			since: 'منذ {date}',
			until: 'حتى {date}',
			dateUnknown: 'تاريخ البدء غير مسجّل',
			count: '{count, plural, zero {لا دول} one {دولة واحدة} two {دولتان} few {# دول} many {# دولة} other {# دولة}}',
			nameSource: 'الأسماء مأخوذة من جدول المنصة نفسها',
			fallbackNames: 'بعض الأسماء مأخوذة من قائمة عامة للبلدان وتنتظر التحقق منها وفق تسميات الأمم المتحدة.'
		},
		membership: { member: 'دولة عضو', observer: 'دولة مراقبة', 'non-member': 'دولة غير عضو' },
		organisations: {
			title: 'المنظمات',
			intro: 'الحكومات والمنظمات الدولية والمجتمع المدني وغيرهم من شركاء الحوارات.',
			searchLabel: 'البحث عن المنظمات بالاسم أو بالمختصر',
			acronym: 'المختصر',
			parent: 'المنظمة الأم',
			children: 'الوحدات والمكاتب',
			website: 'الموقع الإلكتروني',
			new: 'منظمة جديدة',
			edit: 'تحرير المنظمة',
			merge: 'دمج سجل مكرر في هذه المنظمة',
			mergeHelp:
				'تنتقل إلى هنا جميع الإشارات إلى السجل المكرر (الفعاليات والمناصب وجهات الاتصال والوحدات)؛ ويُحتفظ بالسجل المكرر بوصفه مدموجاً للتوثيق.',
			mergeSource: 'السجل المكرر المراد دمجه في هذا السجل',
			mergeButton: 'دمج',
			merged:
				'تم الدمج. {count, plural, zero {لم تُنقل أي إشارة} one {نُقلت إشارة واحدة} two {نُقلت إشارتان} few {نُقلت # إشارات} many {نُقلت # إشارة} other {نُقلت # إشارة}}.',
			mergedInto: 'دُمج هذا السجل في {name}.'
		},
		orgType: {
			'national-government': 'حكومة وطنية',
			iom: 'المنظمة الدولية للهجرة',
			'un-entity': 'كيان تابع للأمم المتحدة',
			intergovernmental: 'منظمة حكومية دولية',
			'international-organisation': 'منظمة دولية',
			'civil-society': 'المجتمع المدني',
			'private-sector': 'القطاع الخاص',
			'academia-research': 'الأوساط الأكاديمية والبحثية',
			'local-authority': 'سلطة محلية',
			diaspora: 'منظمة للمغتربين',
			'trade-union': 'نقابة عمال',
			media: 'وسائط الإعلام',
			'multilateral-cooperation-agency': 'وكالة تعاون متعددة الأطراف'
		},
		people: {
			title: 'الأشخاص',
			new: 'شخص جديد',
			edit: 'تحرير بيانات الشخص',
			honorific: 'اللقب',
			givenName: 'الاسم الأول',
			familyName: 'اسم العائلة',
			gender: 'نوع الجنس',
			email: 'البريد الإلكتروني',
			positions: 'المناصب',
			position: 'المنصب',
			organisation: 'المنظمة',
			from: 'من',
			to: 'إلى',
			addPosition: 'إضافة منصب',
			merge: 'دمج سجل مكرر في سجل هذا الشخص',
			mergeSource: 'السجل المكرر المراد دمجه في هذا السجل',
			searchLabel: 'البحث عن الأشخاص بالاسم',
			personalData: 'بيانات شخصية: لا يطّلع عليها إلا الأمانة.'
		},
		gender: { female: 'أنثى', male: 'ذكر', other: 'آخر', undisclosed: 'لم يُفصح عنه' },
		errors: {
			stateCode: 'استخدم رمز ISO 3166 من ثلاثة أحرف، مثل CAN.',
			unknownState: 'لا توجد دولة بهذا الرمز.',
			unknownOrganisation: 'اختر منظمة موجودة.',
			unknownPerson: 'اختر شخصاً موجوداً.',
			ownParent: 'لا يمكن أن تكون المنظمة أماً لنفسها.',
			mergeSelf: 'لا يمكن دمج منظمة أو شخص في نفسه.',
			merged: 'دُمج هذا السجل في سجل آخر ولم يعد من الممكن تغييره.'
		}
	},
	programme: programme.ar,
	registration: registration.ar,
	attendance: attendance.ar,
	statistics: statistics.ar,
	agenda: agenda.ar,
	funding: funding.ar,
	reports: reports.ar,
	reportPages: reportPages.ar,
	reportEditor: reportEditor.ar,
	reportReview: reportReview.ar,
	followUp: followUp.ar,
	practices: practices.ar,
	practiceReview: practiceReview.ar,
	surveys: surveys.ar,
	participation: participation.ar,
	pdf: pdf.ar,
	reference: {
		title: 'القوائم المرجعية',
		intro: 'القوائم التي تُوسم بها الممارسات والاستنتاجات والإحصاءات، ومصدر كل منها.',
		gcmObjectives: 'الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: الأهداف',
		gcmPrinciples: 'الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: المبادئ التوجيهية',
		managementModel: 'نموذج المنظمة الدولية للهجرة لإدارة الهجرة',
		crossCutting: 'الأنشطة الشاملة لعدة مجالات',
		stages: 'مراحل دورة الهجرة',
		sources: 'المصادر والتحقق',
		file: 'الملف',
		source: 'المصدر',
		verification: 'التحقق'
	},
	auth: {
		signIn: { title: 'تسجيل الدخول', submit: 'تسجيل الدخول', forgot: 'هل نسيت كلمة المرور؟', noAccount: 'ليس لديك حساب بعد؟' },
		signUp: {
			title: 'إنشاء حساب',
			submit: 'إنشاء الحساب',
			haveAccount: 'لديك حساب بالفعل؟',
			passwordHelp: '10 أحرف على الأقل؛ وتجنّب كلمات المرور الشائعة.'
		},
		signOut: 'تسجيل الخروج',
		forgot: {
			title: 'إعادة تعيين كلمة المرور',
			intro: 'أدخل عنوان بريدك الإلكتروني. وإذا كان له حساب، فسنرسل إليه رابطاً لاختيار كلمة مرور جديدة.',
			submit: 'إرسال الرابط',
			sent: 'إذا كان لهذا العنوان حساب، فإن رابط إعادة التعيين في طريقه إليه. وهو صالح لمدة 60 دقيقة.'
		},
		reset: {
			title: 'اختيار كلمة مرور جديدة',
			submit: 'تعيين كلمة المرور الجديدة',
			done: 'تغيّرت كلمة مرورك. سجّل الدخول بكلمة المرور الجديدة.'
		},
		account: {
			title: 'حسابي',
			roles: 'الأدوار',
			noRoles: 'مشارك (بلا دور آخر)',
			boundState: 'عن {name}',
			boundOrganisation: 'عن {name}'
		},
		fields: { email: 'عنوان البريد الإلكتروني', password: 'كلمة المرور', newPassword: 'كلمة المرور الجديدة', displayName: 'اسمك' },
		role: {
			participant: 'مشارك',
			'state-focal-point': 'جهة الاتصال التابعة لدولة',
			'partner-focal-point': 'جهة الاتصال التابعة لشريك',
			reviewer: 'مراجع',
			secretariat: 'الأمانة',
			admin: 'مسؤول النظام'
		},
		errors: {
			emailTaken: 'يستخدم حساب آخر عنوان البريد الإلكتروني هذا بالفعل. سجّل الدخول، أو أعد تعيين كلمة المرور.',
			passwordShort: 'استخدم 10 أحرف على الأقل.',
			passwordLong: 'استخدم 200 حرف على الأكثر.',
			passwordWeak: 'كلمة المرور هذه سهلة التخمين. استخدم عبارة أطول بأحرف متنوعة.',
			badCredentials: 'عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.',
			rateLimited: 'محاولات تسجيل دخول فاشلة كثيرة جداً. انتظر {minutes} دقيقة ثم حاول مرة أخرى، أو أعد تعيين كلمة المرور.',
			resetExpired: 'انتهت صلاحية رابط إعادة التعيين هذا أو سبق استخدامه. اطلب رابطاً جديداً.',
			noSuchUser: 'لا يوجد حساب بعنوان البريد الإلكتروني هذا.',
			focalPointNeedsState: 'يجب ربط جهة الاتصال التابعة لدولة بدولة.',
			focalPointNeedsOrganisation: 'يجب ربط جهة الاتصال التابعة لشريك بمنظمة.'
		}
	},
	manage: {
		title: 'الأمانة',
		intro: 'أنشئ دورات الحوارات وفعالياتها وحرّرها، وحافظ على دقة الدليل.',
		events: 'الفعاليات',
		newEvent: 'فعالية جديدة',
		editEvent: 'تحرير الفعالية',
		cycles: 'الدورات السنوية',
		dialogues: 'الحوارات',
		newDialogue: 'حوار جديد',
		editDialogue: 'تحرير الحوار',
		newCycle: 'دورة سنوية جديدة',
		editCycle: 'تحرير الدورة السنوية',
		organisations: 'المنظمات',
		people: 'الأشخاص',
		viewPublic: 'عرض الصفحة العامة',
		fields: {
			dialogue: 'الحوار',
			slug: 'عنوان الصفحة (slug)',
			slugHelp: 'يُستخدم في الروابط: /dialogues/<slug>.',
			acronym: 'المختصر',
			name: 'الاسم',
			description: 'الوصف',
			languages: 'لغات العمل',
			secretariat: 'الأمانة',
			cycle: 'الدورة السنوية',
			kind: 'نوع الفعالية',
			title: 'العنوان',
			subtitle: 'العنوان الفرعي',
			summary: 'الموجز',
			theme: 'الموضوع الشامل',
			startDate: 'تاريخ البدء',
			endDate: 'تاريخ الانتهاء',
			venue: 'مكان الانعقاد',
			city: 'المدينة',
			country: 'البلد',
			format: 'الشكل',
			status: 'الحالة',
			expectedOutcomes: 'النتائج المتوقعة',
			expectedOutcomesHelp: 'نتيجة واحدة في كل سطر.',
			documentSymbol: 'رمز الوثيقة',
			organisers: 'المنظمون',
			organisersHelp: 'اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من عنصر.',
			year: 'السنة',
			chooseCountry: 'بلا بلد'
		}
	},
	admin: {
		title: 'الإشراف',
		audit: 'سجل التدقيق',
		auditIntro: 'كل عملية كتابة: مَن نفّذها، وما هي، ومتى، والسجل قبلها وبعدها.',
		outbox: 'صندوق الصادر',
		outboxIntro: 'الرسائل التي أرسلتها المنصة أو احتفظت بها هنا في غياب SMTP_URL.',
		users: 'المستخدمون والأدوار',
		when: 'التوقيت',
		who: 'المنفِّذ',
		action: 'الإجراء',
		entity: 'السجل',
		before: 'قبل',
		after: 'بعد',
		to: 'إلى',
		subject: 'الموضوع',
		sent: 'أُرسلت',
		notSent: 'محفوظة في صندوق الصادر',
		grant: 'منح دور',
		role: 'الدور',
		state: 'الدولة (لجهات الاتصال التابعة لدول)',
		organisation: 'المنظمة (لجهات الاتصال التابعة لشركاء)',
		granted: 'مُنح الدور.',
		older: 'إدخالات أقدم'
	}
};
