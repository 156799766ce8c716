import type { PartialMessages } from '..';

/** Spanish: the shell so far; missing keys show in English. */
export const es: PartialMessages = {
	app: {
		name: 'Plataforma de diálogos sobre migración',
		tagline: 'Consultas, eventos, datos, resultados y buenas prácticas de los diálogos sobre políticas migratorias',
		skipToContent: 'Ir al contenido principal',
		mainNavigation: 'Navegación principal',
		language: 'Idioma',
		changeLanguage: 'Cambiar de idioma',
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
	common: { search: 'Buscar', save: 'Guardar', create: 'Crear', cancel: 'Cancelar' }
};
