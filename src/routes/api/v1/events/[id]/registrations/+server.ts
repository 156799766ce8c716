import { api } from '$lib/server/api/http';
import * as v1 from '$lib/server/api/v1';

export const GET = api(v1.registrationSummary);
export const POST = api(v1.register);
