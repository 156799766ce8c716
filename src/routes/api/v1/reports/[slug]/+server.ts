import { api } from '$lib/server/api/http';
import { reportOpenData } from '$lib/server/api/v1-reports';

export const GET = api(reportOpenData);
