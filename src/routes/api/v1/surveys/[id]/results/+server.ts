import { api } from '$lib/server/api/http';
import { surveyResults } from '$lib/server/api/v1-surveys';

export const GET = api(surveyResults);
