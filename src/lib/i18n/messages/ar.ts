import type { PartialMessages } from '..';

/** Arabic: the shell so far (pages are set right-to-left); missing keys show in English. */
export const ar: PartialMessages = {
	app: {
		name: 'منصة حوارات الهجرة',
		skipToContent: 'الانتقال إلى المحتوى الرئيسي',
		mainNavigation: 'التنقل الرئيسي',
		language: 'اللغة',
		changeLanguage: 'تغيير اللغة',
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
	common: { search: 'بحث', save: 'حفظ', create: 'إنشاء', cancel: 'إلغاء' }
};
