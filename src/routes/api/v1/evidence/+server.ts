import { api } from '$lib/server/api/http';
import { listEvidence } from '$lib/server/api/v1-practices';

export const GET = api(listEvidence);
