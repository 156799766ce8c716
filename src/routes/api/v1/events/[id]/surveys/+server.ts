import { api } from '$lib/server/api/http';
import { eventSurveys } from '$lib/server/api/v1-surveys';

export const GET = api(eventSurveys);
