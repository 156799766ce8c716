import { api } from '$lib/server/api/http';
import { reportOpenData, versionFrozen } from '$lib/server/api/v1-reports';

export const GET = api(reportOpenData);
// A published version reads the same forever: changing one is refused with a message saying how to correct it.
export const PUT = versionFrozen;
export const PATCH = versionFrozen;
export const DELETE = versionFrozen;
