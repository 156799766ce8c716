import { api } from '$lib/server/api/http';
import { searchPractices } from '$lib/server/api/v1-practices';

export const GET = api(searchPractices);
