import { api } from '$lib/server/api/http';
import { getPractice } from '$lib/server/api/v1-practices';

export const GET = api(getPractice);
