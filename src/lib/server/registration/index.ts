import { registerOrganisationReference, registerPersonReference } from '../directory/references';
import { registrations } from './schema';

registerPersonReference({ table: registrations, column: registrations.personId });
registerOrganisationReference({ table: registrations, column: registrations.organisationId });
