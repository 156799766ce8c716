export const LANGUAGE_COOKIE = 'mdp_lang';
