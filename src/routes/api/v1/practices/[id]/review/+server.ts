import { api } from '$lib/server/api/http';
import { getPracticeReview } from '$lib/server/api/v1-practice-review';

export const GET = api(getPracticeReview);
