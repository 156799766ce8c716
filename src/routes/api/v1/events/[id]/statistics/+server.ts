import { api } from '$lib/server/api/http';
import { eventStatistics } from '$lib/server/api/v1-statistics';

export const GET = api(eventStatistics);
