import { api } from '$lib/server/api/http';
import { listReports } from '$lib/server/api/v1-reports';

export const GET = api(listReports);
