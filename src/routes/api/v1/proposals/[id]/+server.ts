import { api } from '$lib/server/api/http';
import * as v1 from '$lib/server/api/v1-agenda';

export const GET = api(v1.getProposal);
