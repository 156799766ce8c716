/**
 * Registration for events: settings and versioned forms, registering with DB-enforced capacity,
 * delegations with focal-point approval and quotas, the waiting list, mails and personal data.
 */
import { registerOrganisationReference, registerPersonReference } from '../directory/references';
import { registrations } from './schema';

registerPersonReference({ table: registrations, column: registrations.personId });
registerOrganisationReference({ table: registrations, column: registrations.organisationId });

export { configure, publishForm, getSetup, openState, choiceCounts, DEFAULT_FORM, type Settings, type Form } from './settings';
export {
	register,
	decide,
	withdraw,
	setSponsored,
	setHeadOfDelegation,
	canView,
	canManageOwn,
	canActForState,
	type Registration,
	type Outcome
} from './registrations';
export {
	listForEvent,
	summary,
	delegation,
	listMine,
	getViewable,
	waitlistPosition,
	approvedEventIds,
	audienceUsers,
	type RegistrationFilter
} from './queries';
export { personalData, eraseOwn, eraseExpired } from './privacy';
/** What a change of status takes and gives back (place, delegation seat, limited choices): decisions and imports alike. */
export { changeHolds } from './places';
