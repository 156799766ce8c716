import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api/openapi';

const document = openApiDocument();

export const GET = () => json(document);
