import { api } from '$lib/server/api/http';
import { dialogueRecommendations } from '$lib/server/api/v1-follow-up';

export const GET = api(dialogueRecommendations);
