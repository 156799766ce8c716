import { api } from '$lib/server/api/http';
import { importPractices } from '$lib/server/api/v1-practices';

export const POST = api(importPractices);
