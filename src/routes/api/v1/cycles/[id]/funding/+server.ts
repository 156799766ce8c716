import { api } from '$lib/server/api/http';
import { cycleFunding } from '$lib/server/api/v1-funding';

export const GET = api(cycleFunding);
