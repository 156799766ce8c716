import type { Actor, Ctx } from '$lib/server/core/actor';
import type { Language, MessageKey, Params } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** A message key the error page translates. */
			code?: MessageKey;
			params?: Params;
		}
		interface Locals {
			lang: Language;
			actor: Actor;
			ctx: Ctx;
			user: { id: string; email: string; displayName: string } | null;
		}
		interface PageData {
			lang: Language;
		}
	}
}

export {};
