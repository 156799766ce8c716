import { api } from '$lib/server/api/http';
import { addPledge } from '$lib/server/api/v1-funding';

export const POST = api(addPledge);
