import { api } from '$lib/server/api/http';
import * as v1 from '$lib/server/api/v1-participation';

export const POST = api(v1.importRegistrants);
