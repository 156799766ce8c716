import { api } from '$lib/server/api/http';
import { exportPractices } from '$lib/server/api/v1-practices';

export const GET = api((event) => exportPractices(event, 'json'));
