import type { RequestHandler } from './$types';
import { problem } from '$lib/server/api/http';

/** Unknown API paths answer with a problem document, not the HTML 404 page. */
const notFound: RequestHandler = (event) => problem(event, 404, 'errors.notFound');
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
