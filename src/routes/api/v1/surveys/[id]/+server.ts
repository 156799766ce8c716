import { api } from '$lib/server/api/http';
import { surveyQuestions } from '$lib/server/api/v1-surveys';

export const GET = api(surveyQuestions);
