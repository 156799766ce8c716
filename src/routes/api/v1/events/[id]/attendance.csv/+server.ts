import { api } from '$lib/server/api/http';
import * as v1 from '$lib/server/api/v1-participation';

export const GET = api(v1.exportFile('attendance', 'csv'));
