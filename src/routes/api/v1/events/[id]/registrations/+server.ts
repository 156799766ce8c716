import { api } from '$lib/server/api/http';
import * as v1 from '$lib/server/api/v1';

export const POST = api(v1.register);
