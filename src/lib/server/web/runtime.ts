import { startApp, type App } from '../app';
import { purgeExpired } from '../auth';

/**
 * The one running application of this process. SvelteKit's `init` hook starts it; dev-mode
 * reloads reuse it through globalThis instead of opening the data folder twice.
 */
const holder = globalThis as typeof globalThis & { __mdpApp?: Promise<App> };

export function runtime(): Promise<App> {
	holder.__mdpApp ??= startApp({ port: Number(process.env.PORT ?? 3000) }).then(
		(app) => {
			// Expired sessions and reset links are purged at start and then daily.
			setInterval(() => void purgeExpired(app.database.db).catch((e) => console.error('purge failed', e)), 86_400_000).unref();
			return app;
		},
		(error) => {
			delete holder.__mdpApp;
			throw error;
		}
	);
	return holder.__mdpApp;
}

let shutdownRegistered = false;

/** Closes the database cleanly when adapter-node shuts the server down (SIGTERM / SIGINT). */
export function registerShutdown(): void {
	if (shutdownRegistered) return;
	shutdownRegistered = true;
	const close = async () => {
		const app = await holder.__mdpApp?.catch(() => null);
		await app?.close();
	};
	// adapter-node emits this after the HTTP server has stopped accepting and finished requests.
	process.on('sveltekit:shutdown' as 'exit', () => {
		void close().then(() => console.log('Database closed cleanly.'));
	});
	// Under `vite dev` there is no adapter: close on the signals ourselves.
	if (process.env.NODE_ENV !== 'production') {
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			process.once(signal, () => {
				void close().finally(() => process.exit(0));
			});
		}
	}
}
